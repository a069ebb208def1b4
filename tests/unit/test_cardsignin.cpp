// Certificate and signature checks of the card sign-in, with certificates from the test PKI and
// signatures made in-process (the PC/SC path is covered by tests/integration/test_pcsc).

#include "auth/cardsignin.h"
#include "commands/commandexecutor.h"
#include "commands/staffcommands.h"
#include "storage/staffrepository.h"
#include "testpki.h"
#include "testutil.h"

#include <QTemporaryDir>
#include <QTest>
#include <openssl/evp.h>

using namespace Officine;
using namespace Officine::Auth;
using Officine::Tools::TestPki;

namespace {

} // namespace

class TestCardSignIn : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FakeClock m_clock {QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC)};
    TestPki::Issued m_root, m_ca, m_otherRoot, m_otherCa;
    TestPki::Issued m_titulaire, m_tech;
    std::unique_ptr<Storage::Store> m_store;
    std::unique_ptr<CardVerifier> m_verifier;

    TestPki::Issued holder(const char* idNatPs, const TestPki::Issued& ca, int validFromDays, int validToDays,
                           bool signatureUsage = true)
    {
        TestPki::HolderSpec spec;
        spec.idNatPs = QString::fromLatin1(idNatPs);
        spec.familyName = QStringLiteral("Démo");
        spec.givenName = QStringLiteral("Claire");
        spec.notBefore = m_clock.now().addDays(validFromDays);
        spec.notAfter = m_clock.now().addDays(validToDays);
        spec.digitalSignatureUsage = signatureUsage;
        static qint64 serial = 1000;
        return TestPki::makeHolder(spec, ca, ++serial);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_root = TestPki::makeRoot(QStringLiteral("AC RACINE TEST"), m_clock.now());
        m_ca = TestPki::makeIntermediate(QStringLiteral("AC PERSONNES TEST"), m_root, m_clock.now());
        m_otherRoot = TestPki::makeRoot(QStringLiteral("AC RACINE PIRATE"), m_clock.now());
        m_otherCa
            = TestPki::makeIntermediate(QStringLiteral("AC PERSONNES PIRATE"), m_otherRoot, m_clock.now());
        m_titulaire = holder("810012345673", m_ca, -10, 1000);
        m_tech = holder("3760021832/0042", m_ca, -10, 1000);
        m_store = Test::openStore(m_dir.filePath(QStringLiteral("signin.db")), Test::testKey());
        m_verifier = std::make_unique<CardVerifier>(m_clock, QList<QByteArray> {m_root.certificatePem()},
                                                    QList<QByteArray> {m_ca.certificatePem()});
    }

    void aPharmacistsCardOpensAnEmptyPharmacy()
    {
        CardSignIn signIn(*m_store, *m_verifier);
        auto techFirst = signIn.identify(m_tech.certificateDer());
        QVERIFY(!techFirst); // a technician's CPE cannot bootstrap
        auto card = signIn.identify(m_titulaire.certificateDer());
        QVERIFY2(card, qPrintable(card ? QString() : card.error().logText));
        QVERIFY(card->canBootstrap);
        QVERIFY(!card->account);
        QCOMPARE(card->certificate.idNatPs, QStringLiteral("810012345673"));
        QCOMPARE(card->certificate.givenName, QStringLiteral("CLAIRE"));
        QCOMPARE(card->certificate.familyName, QStringLiteral("DÉMO"));
        const QByteArray challenge = m_verifier->issueChallenge().value();
        QVERIFY(signIn.checkSignature(*card, challenge, TestPki::sign(m_titulaire, challenge)));

        Commands::CommandExecutor executor(*m_store, m_clock);
        executor.setActor(Commands::Actor {
            QStringLiteral("bootstrap"), QString(), QString(), {Commands::Permission::StaffManage}});
        Model::StaffAccount account;
        account.familyName = QStringLiteral("Démo");
        account.givenName = QStringLiteral("Claire");
        account.rpps = QStringLiteral("10012345673");
        account.idNatPs = card->certificate.idNatPs;
        Commands::BootstrapTitulaireCommand bootstrap(account, QStringLiteral("760021832"));
        QVERIFY(executor.execute(bootstrap));

        auto again = signIn.identify(m_titulaire.certificateDer());
        QVERIFY(again && again->account && !again->canBootstrap);
        const Commands::Actor actor = CardSignIn::actorFor(*again->account);
        QVERIFY(actor.can(Commands::Permission::StaffManage));
        QVERIFY(actor.displayName.contains(QStringLiteral("titulaire")));
    }

    void refusesEachBadCardWithItsOwnMessage_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("words");
        QTest::newRow("expired") << "expired"
                                 << "a expiré";
        QTest::newRow("not yet valid") << "notyet"
                                       << "qu'à partir du";
        QTest::newRow("untrusted root") << "untrusted"
                                        << "autorité de confiance";
        QTest::newRow("wrong key usage") << "usage"
                                         << "usage de clé";
        QTest::newRow("garbage") << "garbage"
                                 << "illisible";
        QTest::newRow("no account") << "noaccount"
                                    << "Aucun compte";
        QTest::newRow("deactivated account") << "deactivated"
                                             << "désactivé";
    }
    void refusesEachBadCardWithItsOwnMessage()
    {
        QFETCH(QString, kind);
        QFETCH(QString, words);
        // The pharmacy has its titulaire (previous test) and a deactivated technician.
        Storage::StaffRepository repo(*m_store);
        if (!repo.findAnyByCard(QStringLiteral("3760021832/0099"))->has_value()) {
            Commands::CommandExecutor executor(*m_store, m_clock);
            Commands::Actor titulaire {QStringLiteral("t"), QString(), QString(),
                                       permissionsOf(Role::Titulaire)};
            executor.setActor(titulaire);
            Model::StaffAccount a;
            a.familyName = QStringLiteral("Ancien");
            a.givenName = QStringLiteral("Paul");
            a.role = Role::Preparateur;
            a.idNatPs = QStringLiteral("3760021832/0099");
            Commands::CreateStaffAccountCommand create(a);
            QVERIFY(executor.execute(create));
            Commands::DeactivateStaffAccountCommand off(create.account().meta.uuid, 1);
            QVERIFY(executor.execute(off));
        }
        QByteArray der;
        if (kind == QLatin1StringView("expired")) {
            der = holder("810012345673", m_ca, -400, -2).certificateDer();
        } else if (kind == QLatin1StringView("notyet")) {
            der = holder("810012345673", m_ca, 3, 400).certificateDer();
        } else if (kind == QLatin1StringView("untrusted")) {
            der = holder("810012345673", m_otherCa, -1, 400).certificateDer();
        } else if (kind == QLatin1StringView("usage")) {
            der = holder("810012345673", m_ca, -1, 400, false).certificateDer();
        } else if (kind == QLatin1StringView("garbage")) {
            der = QByteArray(300, '\x30');
        } else if (kind == QLatin1StringView("noaccount")) {
            der = holder("810000000009", m_ca, -1, 400).certificateDer();
        } else if (kind == QLatin1StringView("deactivated")) {
            der = holder("3760021832/0099", m_ca, -1, 400).certificateDer();
        }
        CardSignIn signIn(*m_store, *m_verifier);
        auto r = signIn.identify(der);
        QVERIFY(!r);
        QVERIFY2(r.error().userText.contains(words), qPrintable(r.error().userText));
    }

    void refusesASignatureOverAnotherChallengeAndAReplay()
    {
        CardSignIn signIn(*m_store, *m_verifier);
        auto card = signIn.identify(m_titulaire.certificateDer());
        QVERIFY(card);
        const QByteArray challenge = m_verifier->issueChallenge().value();
        const QByteArray other = m_verifier->issueChallenge().value();
        auto wrong = signIn.checkSignature(*card, challenge, TestPki::sign(m_titulaire, other));
        QVERIFY(!wrong);
        QVERIFY(wrong.error().userText.contains(QStringLiteral("ne correspond pas au défi")));

        const QByteArray fresh = m_verifier->issueChallenge().value();
        const QByteArray signature = TestPki::sign(m_titulaire, fresh);
        QVERIFY(signIn.checkSignature(*card, fresh, signature));
        auto replay = signIn.checkSignature(*card, fresh, signature);
        QVERIFY(!replay);
        QVERIFY(replay.error().userText.contains(QStringLiteral("déjà servi")));

        // A signature by another key (another card) over the right challenge.
        const QByteArray third = m_verifier->issueChallenge().value();
        QVERIFY(!signIn.checkSignature(*card, third, TestPki::sign(m_tech, third)));
        // A challenge we never issued.
        QVERIFY(!signIn.checkSignature(*card, QByteArray(32, 'x'), signature));
    }

    void theClockDecidesValidity()
    {
        const auto shortLived = holder("810012345673", m_ca, -1, 10);
        QVERIFY(m_verifier->verifyCertificate(shortLived.certificateDer()));
        m_clock.advanceDays(11);
        QVERIFY(!m_verifier->verifyCertificate(shortLived.certificateDer()));
        m_clock.advanceDays(-11);
    }
};

QTEST_GUILESS_MAIN(TestCardSignIn)
#include "test_cardsignin.moc"
