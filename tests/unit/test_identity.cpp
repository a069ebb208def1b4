#include "identity/nir.h"
#include "util/searchkey.h"

#include <QTest>

using namespace Officine;
using namespace Officine::Identity;

class TestIdentity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsValidNirs_data()
    {
        QTest::addColumn<QString>("nir");
        QTest::addColumn<QString>("departement");
        // domain.md §1 worked examples and python-stdnum vectors.
        QTest::newRow("Paris 15e") << "285077511504230"
                                   << "75";
        QTest::newRow("Ajaccio 2A") << "178032A00412376"
                                    << "2A";
        QTest::newRow("born in Germany") << "290119910901785"
                                         << "99";
        QTest::newRow("Basse-Terre") << "166129710507882"
                                     << "971";
        QTest::newRow("stdnum vector") << "295109912611193"
                                       << "99";
        QTest::newRow("stdnum 2A") << "253072A07300443"
                                   << "2A";
        QTest::newRow("stdnum 2B") << "253072B07300470"
                                   << "2B";
        QTest::newRow("typed with spaces") << "2 85 07 75 115 042 30"
                                           << "75";
        QTest::newRow("Corrèze, same key as 2A") << "178031900412376"
                                                 << "19";
    }
    void acceptsValidNirs()
    {
        QFETCH(QString, nir);
        QFETCH(QString, departement);
        auto r = Nir::validate(nir);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().userText));
        QCOMPARE(r->departement, departement);
        QCOMPARE(r->normalized.size(), 15);
    }

    void refusesInvalidNirsWithAFrenchReason_data()
    {
        QTest::addColumn<QString>("nir");
        QTest::addColumn<QString>("words");
        QTest::newRow("wrong key") << "285077511504231"
                                   << "clé";
        QTest::newRow("2C is no département") << "178032C00412376"
                                              << "chiffres";
        QTest::newRow("no key") << "1780319004123"
                                << "15 caractères";
        QTest::newRow("month 13") << "285137511504229"
                                  << "mois";
        QTest::newRow("stdnum bad key") << "295109912611199"
                                        << "clé";
        QTest::newRow("letters") << "2850775115O4230"
                                 << "chiffres";
        QTest::newRow("sex digit 5") << "585077511504230"
                                     << "sexe";
    }
    void refusesInvalidNirsWithAFrenchReason()
    {
        QFETCH(QString, nir);
        QFETCH(QString, words);
        auto r = Nir::validate(nir);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        QVERIFY2(r.error().userText.contains(words), qPrintable(r.error().userText));
        QVERIFY(!r.error().userText.contains(nir));
        QVERIFY(!r.error().logText.contains(nir));
    }

    void acceptsPseudoMonthsWithAWarningFlag()
    {
        // Month 33 (an incomplete civil status); the key computed by hand, independently of
        // Nir::computeKey: 97 - (1853375115042 mod 97) = 97 - 86 = 11.
        const QString nir = QStringLiteral("185337511504211");
        auto r = Nir::validate(nir);
        QVERIFY(r);
        QVERIFY(r->pseudoMonth);
    }

    void normalisesNamesForSearch_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("key");
        QTest::newRow("accents") << "Lefèvre"
                                 << "LEFEVRE";
        QTest::newRow("hyphen and apostrophe") << "Lefèvre-d'Aubigné"
                                               << "LEFEVRE D AUBIGNE";
        QTest::newRow("ligature") << "Œillet"
                                  << "OEILLET";
        QTest::newRow("cedilla") << "François"
                                 << "FRANCOIS";
        QTest::newRow("spaces") << "  le   Goff "
                                << "LE GOFF";
        QTest::newRow("empty") << ""
                               << "";
    }
    void normalisesNamesForSearch()
    {
        QFETCH(QString, input);
        QFETCH(QString, key);
        QCOMPARE(searchKey(input), key);
    }

    void prefixUpperBoundCoversExactlyThePrefix()
    {
        const QString up = prefixUpperBound(QStringLiteral("DUP"));
        QVERIFY(QStringLiteral("DUPONT") < up);
        QVERIFY(QStringLiteral("DUPZZZ") < up);
        QVERIFY(!(QStringLiteral("DUQ") < up));
    }
};

QTEST_GUILESS_MAIN(TestIdentity)
#include "test_identity.moc"
