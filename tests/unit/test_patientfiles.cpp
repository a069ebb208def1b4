// Patient files (patients issue): validation field by field, search of every kind, duplicates,
// identity status, rectification history, merge, restriction, rights, erasure and the
// pharmacist-only commands — all through the command layer on a real encrypted store.

#include "audit/audittrail.h"
#include "auth/role.h"
#include "commands/commandexecutor.h"
#include "commands/patientcommands.h"
#include "identity/identityvigilance.h"
#include "identity/nir.h"
#include "identity/patientvalidation.h"
#include "services/auditlog.h"
#include "services/patientdirectory.h"
#include "storage/duplicateindex.h"
#include "storage/patienthistory.h"
#include "storage/patientrepository.h"
#include "testutil.h"

#include <QTest>

using namespace Officine;
using namespace Officine::Commands;
using Identity::PatientValidation;
using Model::BirthDate;
using Model::IdentityStatus;
using Model::Patient;
using Storage::PatientRepository;

namespace {

Patient person(const QString& family, const QString& given, BirthDate born,
               Model::Sex sex = Model::Sex::Female)
{
    Patient p;
    p.birthFamilyName = family;
    p.givenNames = given;
    p.sex = sex;
    p.birthDate = born;
    return p;
}

QString nirFor(int sex, const BirthDate& d, const QString& placeCode, int order)
{
    const QString first13 = QString::number(sex)
        + QStringLiteral("%1").arg(d.year() % 100, 2, 10, QLatin1Char('0'))
        + QStringLiteral("%1").arg(d.month(), 2, 10, QLatin1Char('0')) + placeCode
        + QStringLiteral("%1").arg(order, 3, 10, QLatin1Char('0'));
    return first13 + QStringLiteral("%1").arg(Identity::Nir::computeKey(first13), 2, 10, QLatin1Char('0'));
}

QStringList fieldsInError(const Patient& p, const QDate& today)
{
    QStringList out;
    for (const auto& e : PatientValidation::check(p, {today, false})) {
        out << e.field;
    }
    return out;
}

} // namespace

class TestPatientFiles : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FakeClock m_clock {QDateTime(QDate(2026, 12, 2), QTime(10, 0), Qt::UTC)};
    int m_n = 0;
    std::unique_ptr<Storage::Store> m_store;
    std::unique_ptr<CommandExecutor> m_executor;
    std::unique_ptr<Services::PatientDirectory> m_directory;

    Actor as(Auth::Role role, const char* id = "acct-pharmacien")
    {
        return Actor {QString::fromLatin1(id), QStringLiteral("Hugo ESSAI"), QString(),
                      Auth::permissionsOf(role)};
    }

    void freshStore()
    {
        m_directory.reset();
        m_executor.reset();
        m_store = Test::openStore(m_dir.filePath(QStringLiteral("pf-%1.db").arg(++m_n)), Test::testKey());
        QVERIFY(m_store);
        m_executor = std::make_unique<CommandExecutor>(*m_store, m_clock);
        m_executor->setActor(as(Auth::Role::Pharmacien));
        m_directory = std::make_unique<Services::PatientDirectory>(*m_executor);
    }

    QString create(Patient p, bool reviewed = false)
    {
        CreatePatientCommand c(std::move(p), m_clock.today());
        c.setDuplicatesReviewed(reviewed);
        auto r = m_executor->execute(c);
        if (!r) {
            qWarning("create failed: %s", qPrintable(r.error().logText));
            return {};
        }
        return c.patient().meta.uuid;
    }

    Patient stored(const QString& uuid) { return *PatientRepository(*m_store).get(uuid); }

    QStringList searchNames(const QString& text)
    {
        QStringList out;
        auto found = m_directory->search(text, 50);
        for (const auto& s : *found) {
            out << s.birthFamilyName + u' ' + s.givenNames;
        }
        return out;
    }

    qint64 auditCount(const QString& where)
    {
        return *m_store->scalar(QStringLiteral("SELECT count(*) FROM audit_entry WHERE ") + where);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // --- Validation -------------------------------------------------------------------------

    void birthDatesAreReadAsTyped_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("iso");
        QTest::newRow("dd/mm/yyyy") << "12/03/1948"
                                    << "1948-03-12";
        QTest::newRow("iso") << "1948-03-12"
                             << "1948-03-12";
        QTest::newRow("ddmmyy, last century") << "120348"
                                              << "1948-03-12";
        QTest::newRow("ddmmyy, this century") << "120320"
                                              << "2020-03-12";
        QTest::newRow("ddmmyyyy") << "12031948"
                                  << "1948-03-12";
        QTest::newRow("dots") << "12.03.1948"
                              << "1948-03-12";
        QTest::newRow("unknown day") << "00/03/1948"
                                     << "1948-03-00";
        QTest::newRow("unknown day and month") << "00/00/1948"
                                               << "1948-00-00";
        QTest::newRow("nonsense") << "12/03"
                                  << "";
    }

    void birthDatesAreReadAsTyped()
    {
        QFETCH(QString, typed);
        QFETCH(QString, iso);
        QCOMPARE(BirthDate::parse(typed, m_clock.today()).toIso(), iso);
    }

    void partialBirthDatesAreAcceptedAndAgedConservatively()
    {
        const QDate today = m_clock.today();
        QVERIFY(!PatientValidation::checkBirthDate(BirthDate(1948, 0, 0), today));
        QVERIFY(!PatientValidation::checkBirthDate(BirthDate(1948, 3, 0), today));
        QVERIFY(PatientValidation::checkBirthDate(BirthDate(1948, 0, 12), today)); // day without month
        QVERIFY(PatientValidation::checkBirthDate(BirthDate(1948, 2, 30), today)); // does not exist
        QVERIFY(PatientValidation::checkBirthDate(BirthDate(2027, 0, 0), today)); // future
        QVERIFY(PatientValidation::checkBirthDate(BirthDate(1870, 1, 1), today));
        // Unknown month: counted from 31 December (civil status convention).
        QCOMPARE(Model::ageOn(BirthDate(1948, 0, 0), today), 77);
        QCOMPARE(Model::ageOn(BirthDate(1948, 3, 12), today), 78);
        QCOMPARE(Model::ageOn(BirthDate(2000, 2, 29), QDate(2026, 2, 28)), 25);
        QCOMPARE(Model::ageOn(BirthDate(2000, 2, 29), QDate(2026, 3, 1)), 26);
    }

    void aNirMustAgreeWithTheTraits_data()
    {
        QTest::addColumn<QString>("nir");
        QTest::addColumn<int>("sex"); // 1 male, 2 female
        QTest::addColumn<QString>("born");
        QTest::addColumn<QString>("place");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("words");
        QTest::newRow("Paris 15e") << "285077511504230" << 2 << "1985-07-02"
                                   << "75115" << true << "";
        QTest::newRow("Ajaccio 2A") << "178032A00412376" << 1 << "1978-03-09"
                                    << "2A004" << true << "";
        QTest::newRow("born in Germany") << "290119910901785" << 2 << "1990-11-20"
                                         << "99109" << true << "";
        QTest::newRow("Basse-Terre") << "166129710507882" << 1 << "1966-12-01"
                                     << "97105" << true << "";
        QTest::newRow("stdnum 2B") << "253072B07300470" << 2 << "1953-07-00"
                                   << "2B073" << true << "";
        QTest::newRow("Corrèze trap: département 19 for a birth in Ajaccio")
            << "178031900412376" << 1 << "1978-03-09"
            << "2A004" << false << "département";
        QTest::newRow("wrong key") << "285077511504231" << 2 << "1985-07-02"
                                   << "75115" << false << "clé";
        QTest::newRow("sex contradicts") << "285077511504230" << 1 << "1985-07-02"
                                         << "75115" << false << "sexe";
        QTest::newRow("year contradicts") << "285077511504230" << 2 << "1986-07-02"
                                          << "75115" << false << "année";
        QTest::newRow("month contradicts") << "285077511504230" << 2 << "1985-08-02"
                                           << "75115" << false << "mois";
        QTest::newRow("unknown month accepted") << "285077511504230" << 2 << "1985-00-00"
                                                << "75115" << true << "";
        QTest::newRow("born abroad, NIR says Paris") << "285077511504230" << 2 << "1985-07-02"
                                                     << "99109" << false << "département";
        QTest::newRow("Algeria before independence")
            << nirFor(1, BirthDate(1950, 4, 3), QStringLiteral("91352"), 12) << 1 << "1950-04-03"
            << "99352" << true << "";
    }

    void aNirMustAgreeWithTheTraits()
    {
        QFETCH(QString, nir);
        QFETCH(int, sex);
        QFETCH(QString, born);
        QFETCH(QString, place);
        QFETCH(bool, valid);
        QFETCH(QString, words);
        Patient p = person(QStringLiteral("Test"), QStringLiteral("Alix"), BirthDate::fromIso(born),
                           sex == 1 ? Model::Sex::Male : Model::Sex::Female);
        p.birthPlaceCode = place;
        const auto message = PatientValidation::checkNirAgainstTraits(nir, p);
        QCOMPARE(!message.has_value(), valid);
        if (message) {
            QVERIFY2(message->contains(words), qPrintable(*message));
            QVERIFY(!message->contains(nir.left(5)));
        }
    }

    void everyFieldGetsItsOwnFrenchError()
    {
        const QDate today = m_clock.today();
        Patient p = person(QStringLiteral("Dupont3"), QString(), BirthDate(1985, 2, 30));
        p.birthPlaceCode = QStringLiteral("20004");
        p.physicianRpps = QStringLiteral("10012345674");
        p.facilityFiness = QStringLiteral("7600218");
        p.email = QStringLiteral("jeanne@exemple");
        p.phone = QStringLiteral("12 34");
        p.mobilePhone = QStringLiteral("01 99 00 12 34");
        p.postalCode = QStringLiteral("7501");
        const QStringList errors = fieldsInError(p, today);
        for (const char* f :
             {"birth_family_name", "given_names", "birth_date", "birth_place_code", "physician_rpps",
              "facility_finess", "email", "phone", "mobile_phone", "postal_code"}) {
            QVERIFY2(errors.contains(QString::fromLatin1(f)), f);
        }
        // All fixed: none left.
        p = person(QStringLiteral("Dupont-Moreau"), QStringLiteral("Jeanne Marie"), BirthDate(1985, 2, 28));
        p.birthPlaceCode = QStringLiteral("2A004");
        p.physicianRpps = QStringLiteral("10012345673");
        p.facilityFiness = QStringLiteral("760021832");
        p.email = QStringLiteral("jeanne.dupont@example.org");
        p.phone = QStringLiteral("+33 1 99 00 12 34");
        p.mobilePhone = QStringLiteral("06.39.98.00.01");
        p.postalCode = QStringLiteral("75015");
        QCOMPARE(fieldsInError(p, today), QStringList());
        // Test and demonstration INS are refused in a real pharmacy's store.
        p.nir = QStringLiteral("285027511504230");
        p.birthDate = BirthDate(1985, 2, 1);
        p.nir = nirFor(2, p.birthDate, QStringLiteral("2A004"), 1);
        p.insOid = Identity::kOidInsDemo;
        QCOMPARE(fieldsInError(p, today), QStringList {QStringLiteral("ins_oid")});
        QVERIFY(PatientValidation::check(p, {today, true}).empty());
    }

    void aRefusedCreationKeepsNothingAndNamesTheField()
    {
        freshStore();
        Patient p = person(QStringLiteral("Durand"), QStringLiteral("Paul"), BirthDate(1950, 3, 1),
                           Model::Sex::Male);
        p.nir = QStringLiteral("285077511504230"); // a woman's NIR, born 1985
        CreatePatientCommand c(p, m_clock.today());
        auto r = m_executor->execute(c);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        QVERIFY2(r.error().userText.startsWith(QStringLiteral("NIR")), qPrintable(r.error().userText));
        QCOMPARE(*m_store->scalar(QStringLiteral("SELECT count(*) FROM patient")), 0);
        QCOMPARE(auditCount(QStringLiteral("1")), 0);
    }

    // --- Search -----------------------------------------------------------------------------

    void searchFindsEveryKindOfQuery()
    {
        freshStore();
        Patient helene = person(QStringLiteral("Hélène"), QStringLiteral("Marie"), BirthDate(1948, 3, 12));
        helene.birthPlaceCode = QStringLiteral("75115");
        helene.nir = nirFor(2, helene.birthDate, QStringLiteral("75115"), 42);
        QVERIFY(!create(helene).isEmpty());
        QVERIFY(!create(person(QStringLiteral("Œillet"), QStringLiteral("Rose"), BirthDate(1951, 6, 1)))
                     .isEmpty());
        QVERIFY(
            !create(person(QStringLiteral("Martin"), QStringLiteral("Hélène Anne"), BirthDate(1960, 1, 2)))
                 .isEmpty());
        Patient partial = person(QStringLiteral("Inconnu"), QStringLiteral("Jean"), BirthDate(1948, 3, 0),
                                 Model::Sex::Male);
        QVERIFY(!create(partial).isEmpty());
        Patient married = person(QStringLiteral("Lefèvre"), QStringLiteral("Claire"), BirthDate(1970, 5, 5));
        married.usedFamilyName = QStringLiteral("Dubois");
        QVERIFY(!create(married).isEmpty());

        // Accents, case and ligatures fold; a family name first, then given names.
        QCOMPARE(searchNames(QStringLiteral("HELENE")),
                 (QStringList {QStringLiteral("Hélène Marie"), QStringLiteral("Martin Hélène Anne")}));
        QCOMPARE(searchNames(QStringLiteral("oe")), QStringList {QStringLiteral("Œillet Rose")});
        QCOMPARE(searchNames(QStringLiteral("œil")), QStringList {QStringLiteral("Œillet Rose")});
        QCOMPARE(searchNames(QStringLiteral("mart hel")), QStringList {QStringLiteral("Martin Hélène Anne")});
        // Birth or used name.
        QCOMPARE(searchNames(QStringLiteral("dubo")), QStringList {QStringLiteral("Lefèvre Claire")});
        QCOMPARE(searchNames(QStringLiteral("lefe")), QStringList {QStringLiteral("Lefèvre Claire")});
        // Every date format; a full date also finds the files whose day is unknown.
        const QStringList onTwelfth {QStringLiteral("Hélène Marie"), QStringLiteral("Inconnu Jean")};
        for (const char* typed : {"12/03/1948", "1948-03-12", "120348", "12031948", "12.03.1948"}) {
            QCOMPARE(searchNames(QString::fromLatin1(typed)), onTwelfth);
        }
        QCOMPARE(searchNames(QStringLiteral("03/1948")), onTwelfth);
        QCOMPARE(searchNames(QStringLiteral("13/03/1948")), QStringList {QStringLiteral("Inconnu Jean")});
        // A name and a date together tell homonyms apart.
        QCOMPARE(searchNames(QStringLiteral("hel 12/03/1948")), QStringList {QStringLiteral("Hélène Marie")});
        // The NIR, with or without spaces, or its beginning.
        const QString nir = helene.nir;
        QCOMPARE(searchNames(nir), QStringList {QStringLiteral("Hélène Marie")});
        QCOMPARE(
            searchNames(nir.left(1) + u' ' + nir.mid(1, 2) + u' ' + nir.mid(3, 2) + u' ' + nir.mid(5, 2)),
            QStringList {QStringLiteral("Hélène Marie")});
        QCOMPARE(searchNames(nir.left(9)), QStringList {QStringLiteral("Hélène Marie")});
        // What matches nothing finds nothing.
        QCOMPARE(searchNames(QStringLiteral("zzz")), QStringList());
        QCOMPARE(searchNames(QStringLiteral("31/02/1948")), QStringList());
        // The search itself opens no file.
        QCOMPARE(auditCount(QStringLiteral("action = 'view'")), 0);
    }

    void dateAndNirSearchesReadTheirIndexAlone()
    {
        freshStore();
        // A month or a short NIR prefix reads a hundred rows: from the index alone, not with a
        // seek into the table for each (SQLite 3.15 counts a partial index's WHERE columns).
        const QString columns = QStringLiteral(
            "uuid, birth_family_name, used_family_name, given_names, sex, birth_date, city, phone, "
            "used_given_name, nir, identity_status, restricted");
        const struct
        {
            const char* index;
            const char* where;
        } plans[] = {
            {"patient_search_birth",
             "is_primary = 1 AND birth_date BETWEEN '1948-03-00' AND '1948-03-31' "
             "ORDER BY birth_date, name_key, given_key"},
            {"patient_search_nir",
             "is_primary = 1 AND nir <> '' AND nir >= '185' AND nir < '186' ORDER BY nir"},
        };
        for (const auto& plan : plans) {
            auto q = m_store->query(
                QStringLiteral("EXPLAIN QUERY PLAN SELECT %1, name_key, given_key FROM "
                               "patient_search INDEXED BY %2 WHERE %3 LIMIT 125")
                    .arg(columns, QString::fromLatin1(plan.index), QString::fromLatin1(plan.where)));
            QVERIFY(q);
            QString detail;
            while (*q->next()) {
                detail += q->text(3);
            }
            QVERIFY2(detail.contains(QStringLiteral("COVERING INDEX ") + QString::fromLatin1(plan.index)),
                     qPrintable(detail));
        }
    }

    void aWholeYearListsByDateWithoutReadingItAll()
    {
        freshStore();
        // More files born in 1951 than a page holds: the first ones by date, then name (the year
        // is never read and sorted whole); a day still lists by name.
        for (int i = 0; i < 24; ++i) {
            const BirthDate born(1951, 12 - i / 2, 1 + i % 2);
            QVERIFY(!create(person(QStringLiteral("Annee%1").arg(QChar(u'Z' - i)), QStringLiteral("Paul"),
                                   born, Model::Sex::Male),
                            true)
                         .isEmpty());
        }
        auto found = m_directory->search(QStringLiteral("1951"), 8);
        QVERIFY(found);
        QCOMPARE(found->size(), std::size_t(8));
        for (std::size_t i = 1; i < found->size(); ++i) {
            QVERIFY((*found)[i - 1].birthDate.toIso() <= (*found)[i].birthDate.toIso());
        }
        QCOMPARE(found->front().birthDate, BirthDate(1951, 1, 1));
        auto day = m_directory->search(QStringLiteral("01/12/1951"), 8);
        QVERIFY(day);
        QCOMPARE(day->size(), std::size_t(1));
    }

    void homonymsComeBackTogetherWithWhatTellsThemApart()
    {
        freshStore();
        Patient a = person(QStringLiteral("Martin"), QStringLiteral("Jeanne"), BirthDate(1940, 1, 15));
        a.city = QStringLiteral("Lyon");
        Patient b = person(QStringLiteral("Martin"), QStringLiteral("Jeanne"), BirthDate(1975, 9, 30));
        b.city = QStringLiteral("Brest");
        QVERIFY(!create(a).isEmpty());
        QVERIFY(!create(b).isEmpty());
        auto found = m_directory->search(QStringLiteral("martin je"), 10);
        QVERIFY(found);
        QCOMPARE(found->size(), size_t(2));
        QSet<QString> cities;
        QSet<int> ages;
        for (const auto& s : *found) {
            cities << s.city;
            ages << s.ageYears;
            QCOMPARE(s.identityStatus, IdentityStatus::Provisoire);
        }
        QCOMPARE(cities, (QSet<QString> {QStringLiteral("Lyon"), QStringLiteral("Brest")}));
        QCOMPARE(ages, (QSet<int> {86, 51}));
    }

    // --- Duplicates ---------------------------------------------------------------------------

    void closeFilesAreShownBeforeCreating_data()
    {
        QTest::addColumn<QString>("family");
        QTest::addColumn<QString>("used");
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("born");
        QTest::addColumn<int>("reason"); // -1: not a duplicate
        using R = Storage::DuplicateCandidate::Reason;
        QTest::newRow("same strict traits") << "Lemaire"
                                            << ""
                                            << "Jeanne Marie"
                                            << "1950-04-03" << int(R::SameStrictTraits);
        QTest::newRow("accents differ") << "LEMAIRE"
                                        << ""
                                        << "Jéanne Marie"
                                        << "1950-04-03" << int(R::SameStrictTraits);
        QTest::newRow("a typo in the name") << "Lemaitre"
                                            << ""
                                            << "Jeanne"
                                            << "1950-04-03" << int(R::CloseNames);
        QTest::newRow("given names transposed") << "Lemaire"
                                                << ""
                                                << "Marie Jeanne"
                                                << "1950-04-03" << int(R::TransposedGivenNames);
        QTest::newRow("used name typed as birth name") << "Roussel"
                                                       << ""
                                                       << "Jeanne"
                                                       << "1950-04-03" << int(R::UsedNameAsBirthName);
        QTest::newRow("day and month swapped") << "Lemaire"
                                               << ""
                                               << "Jeanne Marie"
                                               << "1950-03-04" << int(R::CloseNames);
        QTest::newRow("another person born that day") << "Bernard"
                                                      << ""
                                                      << "Paul"
                                                      << "1950-04-03" << -1;
        QTest::newRow("a namesake born years apart") << "Lemaire"
                                                     << ""
                                                     << "Jeanne Marie"
                                                     << "1962-10-21" << -1;
    }

    void closeFilesAreShownBeforeCreating()
    {
        QFETCH(QString, family);
        QFETCH(QString, used);
        QFETCH(QString, given);
        QFETCH(QString, born);
        QFETCH(int, reason);
        freshStore();
        Patient existing
            = person(QStringLiteral("Lemaire"), QStringLiteral("Jeanne Marie"), BirthDate(1950, 4, 3));
        existing.usedFamilyName = QStringLiteral("Roussel");
        const QString uuid = create(existing);
        QVERIFY(!uuid.isEmpty());
        Patient draft = person(family, given, BirthDate::fromIso(born));
        draft.usedFamilyName = used;
        auto candidates = m_directory->duplicateCandidates(draft);
        QVERIFY(candidates);
        if (reason < 0) {
            QVERIFY(candidates->empty());
            QVERIFY(Storage::DuplicateIndex::load(*m_store)->candidates(draft, 10).empty());
            QVERIFY(!create(draft).isEmpty());
            return;
        }
        QCOMPARE(candidates->size(), size_t(1));
        QCOMPARE(candidates->front().patient.uuid, uuid);
        QCOMPARE(int(candidates->front().reason), reason);
        // An import's dry run looks up in memory, by the same rules.
        auto index = Storage::DuplicateIndex::load(*m_store);
        QVERIFY(index);
        const auto matches = index->candidates(draft, 10);
        QCOMPARE(matches.size(), size_t(1));
        QCOMPARE(matches.front().uuid, uuid);
        QCOMPARE(int(matches.front().reason), reason);
        QCOMPARE(matches.front().score, candidates->front().score);
        // The command refuses until the user has seen them, then creates a distinct file.
        CreatePatientCommand c(draft, m_clock.today());
        auto r = m_executor->execute(c);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::PossibleDuplicate);
        QCOMPARE(*m_store->scalar(QStringLiteral("SELECT count(*) FROM patient")), 1);
        QVERIFY(!create(draft, true).isEmpty());
        QCOMPARE(*m_store->scalar(QStringLiteral("SELECT count(*) FROM patient")), 2);
    }

    void aSecondFileWithTheSameNirIsRefusedEvenAfterReview()
    {
        freshStore();
        Patient p = person(QStringLiteral("Dupont"), QStringLiteral("Jeanne"), BirthDate(1985, 7, 2));
        p.nir = QStringLiteral("285077511504230");
        QVERIFY(!create(p).isEmpty());
        Patient other = person(QStringLiteral("Autre"), QStringLiteral("Nom"), BirthDate(1985, 7, 9));
        other.nir = QStringLiteral("2 85 07 75 115 042 30");
        CreatePatientCommand c(other, m_clock.today());
        c.setDuplicatesReviewed(true);
        auto r = m_executor->execute(c);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::DuplicateIdentity);
    }

    // --- Identity status and rectification --------------------------------------------------

    void theStatusIsWhatTheEvidenceProves()
    {
        freshStore();
        Patient p = person(QStringLiteral("Garnier"), QStringLiteral("Lucie Anne"), BirthDate(1985, 7, 2));
        p.nir = QStringLiteral("285077511504230");
        p.birthPlaceCode = QStringLiteral("75115");
        const QString uuid = create(p);
        QCOMPARE(stored(uuid).identityStatus, IdentityStatus::Provisoire);
        // A document check → validée, recorded with who and when.
        RecordIdentityDocumentCommand doc(uuid, stored(uuid).meta.revision, QStringLiteral("CN"));
        QVERIFY(m_executor->execute(doc));
        Patient v = stored(uuid);
        QCOMPARE(v.identityStatus, IdentityStatus::Validee);
        QCOMPARE(v.document.documentType, QStringLiteral("CN"));
        QCOMPARE(v.document.checkedBy, QStringLiteral("acct-pharmacien"));
        QCOMPARE(v.document.checkedAt, m_clock.now());
        // An INSi result whose traits are the file's as well → qualifiée (statusFor: the INSi
        // command arrives with the INSi client).
        v.insi = {m_clock.now(),
                  QStringLiteral("acct-pharmacien"),
                  QStringLiteral("Hugo ESSAI"),
                  QStringLiteral("traits"),
                  v.nir,
                  Identity::kOidInsNir,
                  v.traits()};
        QCOMPARE(Identity::Vigilance::statusFor(v), IdentityStatus::Qualifiee);
        v.document = {};
        QCOMPARE(Identity::Vigilance::statusFor(v), IdentityStatus::Recuperee);
        v.insi.traits.givenNames = QStringLiteral("Lucie");
        QCOMPARE(Identity::Vigilance::statusFor(v), IdentityStatus::Provisoire);

        // Rectifying a strict trait voids the document check: back to provisoire, with the
        // previous value, the reason and the source in the history.
        m_clock.advanceMinutes(5);
        Patient edited = stored(uuid);
        edited.givenNames = QStringLiteral("Lucie Annie");
        UpdatePatientCommand noReason(edited, m_clock.today());
        QCOMPARE(m_executor->execute(noReason).error().code, ErrorCode::InvalidInput);
        UpdatePatientCommand fix(edited, m_clock.today());
        fix.setRectification(ChangeSource::Document, QStringLiteral("Prénom mal orthographié"));
        QVERIFY(m_executor->execute(fix));
        QCOMPARE(stored(uuid).identityStatus, IdentityStatus::Provisoire);
        QVERIFY(!stored(uuid).document.isRecorded());
        auto history = Storage::PatientHistory(*m_store).list(uuid);
        QVERIFY(history);
        QCOMPARE(history->size(), size_t(3)); // creation, document, rectification
        const Storage::HistoryEntry& last = history->front();
        QCOMPARE(last.kind, QStringLiteral("identity"));
        QCOMPARE(last.source, QStringLiteral("document"));
        QCOMPARE(last.reason, QStringLiteral("Prénom mal orthographié"));
        QCOMPARE(last.accountUuid, QStringLiteral("acct-pharmacien"));
        QCOMPARE(last.at, m_clock.now());
        bool sawGiven = false;
        for (const auto& c : last.changes) {
            if (c.field == QLatin1StringView("given_names")) {
                sawGiven = true;
                QCOMPARE(c.before, QStringLiteral("Lucie Anne"));
                QCOMPARE(c.after, QStringLiteral("Lucie Annie"));
            }
        }
        QVERIFY(sawGiven);
        QCOMPARE(history->back().kind, QStringLiteral("creation"));
    }

    void doubtfulOrMinorsIdentitiesFollowTheirRules()
    {
        freshStore();
        Patient doubtful = person(QStringLiteral("Douteux"), QStringLiteral("Marc"), BirthDate(1980, 1, 1),
                                  Model::Sex::Male);
        doubtful.reliabilityFlags = {QStringLiteral("DOUT")};
        const QString d = create(doubtful);
        RecordIdentityDocumentCommand check(d, stored(d).meta.revision, QStringLiteral("PA"));
        auto r = m_executor->execute(check);
        QVERIFY(!r);
        QVERIFY(r.error().userText.contains(QStringLiteral("douteuse")));

        const QString child = create(person(QStringLiteral("Petit"), QStringLiteral("Léo"),
                                            BirthDate(m_clock.today().addYears(-8)), Model::Sex::Male));
        const QString adult = create(
            person(QStringLiteral("Grand"), QStringLiteral("Léon"), BirthDate(1960, 2, 2), Model::Sex::Male));
        RecordIdentityDocumentCommand noParent(child, stored(child).meta.revision, QStringLiteral("LEP"));
        QCOMPARE(m_executor->execute(noParent).error().code, ErrorCode::InvalidInput);
        RecordIdentityDocumentCommand withParent(child, stored(child).meta.revision, QStringLiteral("LEP"),
                                                 QStringLiteral("CN"));
        QVERIFY(m_executor->execute(withParent));
        QCOMPARE(stored(child).identityStatus, IdentityStatus::Validee);
        QCOMPARE(stored(child).document.parentDocumentType, QStringLiteral("CN"));
        RecordIdentityDocumentCommand adultLep(adult, stored(adult).meta.revision, QStringLiteral("LEP"),
                                               QStringLiteral("CN"));
        QCOMPARE(m_executor->execute(adultLep).error().code, ErrorCode::InvalidInput);
    }

    void contactChangesKeepTheirPreviousValues()
    {
        freshStore();
        Patient p = person(QStringLiteral("Perrin"), QStringLiteral("Odile"), BirthDate(1944, 8, 8));
        p.city = QStringLiteral("Lyon");
        p.phone = QStringLiteral("01 99 00 11 22");
        const QString uuid = create(p);
        // A technician edits contact data (no reason needed).
        m_executor->setActor(as(Auth::Role::Preparateur, "acct-tech"));
        Patient edited = stored(uuid);
        edited.city = QStringLiteral("Villeurbanne");
        edited.postalCode = QStringLiteral("69100");
        UpdatePatientCommand move(edited, m_clock.today());
        QVERIFY(m_executor->execute(move));
        auto history = *Storage::PatientHistory(*m_store).list(uuid);
        QCOMPARE(history.front().kind, QStringLiteral("contact"));
        QCOMPARE(history.front().source, QStringLiteral("statement"));
        QCOMPARE(history.front().accountUuid, QStringLiteral("acct-tech"));
        QCOMPARE(history.front().changes.size(), size_t(2));
        QCOMPARE(history.front().changes.at(0).field, QStringLiteral("postal_code"));
        QCOMPARE(history.front().changes.at(1).before, QStringLiteral("Lyon"));
        QCOMPARE(history.front().changes.at(1).after, QStringLiteral("Villeurbanne"));
        // The audit entry names the fields, never their values.
        auto entries = Audit::Trail(*m_store).find({uuid, {}, Audit::Action::Update, {}, {}, 10});
        QCOMPARE(entries->front().fields,
                 (QStringList {QStringLiteral("postal_code"), QStringLiteral("city")}));
        // Saving without a change records nothing.
        const qint64 before = auditCount(QStringLiteral("1"));
        UpdatePatientCommand same(stored(uuid), m_clock.today());
        QVERIFY(!m_executor->execute(same));
        QCOMPARE(auditCount(QStringLiteral("1")), before);
    }

    // --- Permissions --------------------------------------------------------------------------

    void aTechnicianIsRefusedEveryPharmacistOnlyCommandAndEachIsAudited()
    {
        freshStore();
        Patient p = person(QStringLiteral("Cible"), QStringLiteral("Anne"), BirthDate(1950, 1, 1));
        const QString uuid = create(p);
        const QString other = create(
            person(QStringLiteral("Autre"), QStringLiteral("Paul"), BirthDate(1960, 6, 6), Model::Sex::Male));
        m_executor->setActor(as(Auth::Role::Preparateur, "acct-tech"));
        const qint64 revision = stored(uuid).meta.revision;
        Patient identityEdit = stored(uuid);
        identityEdit.birthFamilyName = QStringLiteral("Cibles");
        auto rectify = std::make_unique<UpdatePatientCommand>(identityEdit, m_clock.today());
        rectify->setRectification(ChangeSource::Document, QStringLiteral("Erreur"));
        Patient flagged = stored(uuid);
        flagged.reliabilityFlags = {QStringLiteral("DOUT")};
        auto flag = std::make_unique<UpdatePatientCommand>(flagged, m_clock.today());
        flag->setRectification(ChangeSource::Team, QStringLiteral("Doute"));
        std::vector<std::unique_ptr<Command>> commands;
        commands.push_back(std::move(rectify));
        commands.push_back(std::move(flag));
        commands.push_back(
            std::make_unique<RecordIdentityDocumentCommand>(uuid, revision, QStringLiteral("PA")));
        commands.push_back(std::make_unique<MergePatientsCommand>(uuid, other, QStringLiteral("Doublon")));
        commands.push_back(std::make_unique<SetRestrictionCommand>(uuid, true, QStringLiteral("Demande")));
        commands.push_back(std::make_unique<RecordRightsDecisionCommand>(
            uuid, RecordRightsDecisionCommand::Kind::Objection, QString()));
        commands.push_back(std::make_unique<ErasePatientCommand>(uuid, QStringLiteral("Demande")));
        Patient withFlags = person(QStringLiteral("Nouveau"), QStringLiteral("Luc"), BirthDate(1999, 9, 9),
                                   Model::Sex::Male);
        withFlags.reliabilityFlags = {QStringLiteral("FICT")};
        commands.push_back(std::make_unique<CreatePatientCommand>(withFlags, m_clock.today()));
        const qint64 patientRevision = stored(uuid).meta.revision;
        for (auto& c : commands) {
            const qint64 refusedBefore = auditCount(QStringLiteral("outcome = 'refused'"));
            const qint64 all = auditCount(QStringLiteral("1"));
            auto r = m_executor->execute(*c);
            QVERIFY2(!r, qPrintable(c->id()));
            QCOMPARE(r.error().code, ErrorCode::PermissionDenied);
            QCOMPARE(auditCount(QStringLiteral("outcome = 'refused'")), refusedBefore + 1);
            QCOMPARE(auditCount(QStringLiteral("1")), all + 1);
        }
        QCOMPARE(stored(uuid).meta.revision, patientRevision);
        QCOMPARE(stored(uuid).birthFamilyName, QStringLiteral("Cible"));
        // What a technician may do: create and edit contact data.
        Patient contact = stored(uuid);
        contact.email = QStringLiteral("anne.cible@example.org");
        UpdatePatientCommand ok(contact, m_clock.today());
        QVERIFY(m_executor->execute(ok));
    }

    // --- Merge ----------------------------------------------------------------------------------

    void aMergeKeepsBothHistoriesAndOldReferencesResolve()
    {
        freshStore();
        Patient a = person(QStringLiteral("Fontaine"), QStringLiteral("Rose"), BirthDate(1939, 5, 5));
        a.phone = QStringLiteral("01 99 00 00 01");
        const QString survivor = create(a);
        Patient b = person(QStringLiteral("Fontaines"), QStringLiteral("Rose"), BirthDate(1939, 5, 5));
        b.email = QStringLiteral("rose@example.org");
        b.allergies = {{{}, false, QStringLiteral("Pénicilline"), QStringLiteral("urticaire"), {}, {}}};
        const QString absorbed = create(b, true);
        QVERIFY(!absorbed.isEmpty());
        QVERIFY(m_directory->get(absorbed)); // a consultation of the file to be absorbed
        QVERIFY(m_executor->execute(*std::make_unique<SetPatientPhotoCommand>(
            absorbed, QByteArray("\xFF\xD8\xFF\xE0 fake jpeg", 15))));

        MergePatientsCommand merge(survivor, absorbed, QStringLiteral("Doublon créé à l'accueil"));
        QVERIFY(m_executor->execute(merge));
        const Patient s = stored(survivor);
        QCOMPARE(s.phone, QStringLiteral("01 99 00 00 01"));
        QCOMPARE(s.email, QStringLiteral("rose@example.org")); // what it lacked
        QCOMPARE(s.allergies.size(), size_t(1));
        QVERIFY(s.hasPhoto);
        const Patient gone = stored(absorbed);
        QVERIFY(gone.meta.deleted);
        QCOMPARE(gone.mergedInto, survivor);
        QVERIFY(!gone.hasPhoto);
        // An old reference opens the survivor.
        auto opened = m_directory->get(absorbed);
        QVERIFY(opened);
        QCOMPARE(opened->meta.uuid, survivor);
        // Both histories are on the survivor, each entry saying where it was written.
        auto history = *Storage::PatientHistory(*m_store).list(survivor);
        QStringList origins;
        for (const auto& h : history) {
            origins << h.originPatient;
        }
        QVERIFY(origins.contains(survivor));
        QVERIFY(origins.contains(absorbed));
        QCOMPARE(history.front().kind, QStringLiteral("merge"));
        // The search lists the survivor only.
        QCOMPARE(searchNames(QStringLiteral("fontaine")), QStringList {QStringLiteral("Fontaine Rose")});
        // Audited, and the survivor's access history shows the absorbed file's consultations.
        auto entries = Audit::Trail(*m_store).find({survivor, {}, Audit::Action::Update, {}, {}, 10});
        QCOMPARE(entries->front().detail, QStringLiteral("command=patient.merge;absorbed=") + absorbed);
        Services::AuditLog log(*m_executor);
        Audit::Filter f;
        f.patientUuid = survivor;
        f.action = Audit::Action::View;
        auto rows = log.query(f);
        QVERIFY(rows);
        QCOMPARE(rows->size(),
                 size_t(2)); // the absorbed file's view, and the survivor opened by the old reference
        // The outbox carries the tombstone with its redirect for the other workstations.
        auto q = m_store->query(QStringLiteral("SELECT payload FROM outbox WHERE entity = 'patient' AND "
                                               "record_uuid = ?1 ORDER BY seq DESC LIMIT 1"));
        q->bind(1, absorbed);
        QVERIFY(*q->next());
        QVERIFY(q->text(0).contains(QStringLiteral("\"mergedInto\":\"") + survivor));
        // Merging an absorbed file again is refused.
        MergePatientsCommand again(survivor, absorbed, QStringLiteral("Encore"));
        QCOMPARE(m_executor->execute(again).error().code, ErrorCode::InvalidInput);
    }

    // --- Restriction, rights, erasure -----------------------------------------------------------

    void aRestrictedFileIsReadOnlyUntilLifted()
    {
        freshStore();
        const QString uuid
            = create(person(QStringLiteral("Limite"), QStringLiteral("Anne"), BirthDate(1950, 1, 1)));
        SetRestrictionCommand restrict(uuid, true, QStringLiteral("Exactitude contestée"));
        QVERIFY(m_executor->execute(restrict));
        QVERIFY(stored(uuid).rights.restricted());
        QVERIFY(m_directory->search(QStringLiteral("limite"), 5)->front().restricted);
        Patient edited = stored(uuid);
        edited.city = QStringLiteral("Nantes");
        UpdatePatientCommand update(edited, m_clock.today());
        QCOMPARE(m_executor->execute(update).error().code, ErrorCode::PermissionDenied);
        SetPatientPhotoCommand photo(uuid, QByteArray("\x89PNG\r\n\x1A\nxx", 10));
        QCOMPARE(m_executor->execute(photo).error().code, ErrorCode::PermissionDenied);
        RecordIdentityDocumentCommand doc(uuid, -1, QStringLiteral("PA"));
        QCOMPARE(m_executor->execute(doc).error().code, ErrorCode::PermissionDenied);
        QCOMPARE(stored(uuid).city, QString());
        // Reading stays possible.
        QVERIFY(m_directory->get(uuid));
        SetRestrictionCommand lift(uuid, false, QStringLiteral("Vérification faite"));
        QVERIFY(m_executor->execute(lift));
        UpdatePatientCommand after(edited, m_clock.today());
        after.setRectification(ChangeSource::Statement, {});
        Patient fresh = stored(uuid);
        fresh.city = QStringLiteral("Nantes");
        UpdatePatientCommand retry(fresh, m_clock.today());
        QVERIFY(m_executor->execute(retry));
        auto rights = *Storage::PatientHistory(*m_store).rights(uuid);
        QCOMPARE(rights.size(), size_t(2));
        QCOMPARE(rights.at(0).kind, QStringLiteral("restriction_lifted"));
        QCOMPARE(rights.at(1).kind, QStringLiteral("restriction"));
        QCOMPARE(rights.at(1).detail, QStringLiteral("Exactitude contestée"));
    }

    void objectionConsentAndDirectivesAreRecordedWithTheirDate()
    {
        freshStore();
        const QString uuid
            = create(person(QStringLiteral("Droits"), QStringLiteral("Anne"), BirthDate(1950, 1, 1)));
        using K = RecordRightsDecisionCommand::Kind;
        QVERIFY(m_executor->execute(
            *std::make_unique<RecordRightsDecisionCommand>(uuid, K::Objection, QString())));
        QCOMPARE(stored(uuid).rights.objectionAt, m_clock.now());
        QVERIFY(!m_executor->execute(
            *std::make_unique<RecordRightsDecisionCommand>(uuid, K::Objection, QString())));
        QVERIFY(m_executor->execute(*std::make_unique<RecordRightsDecisionCommand>(
            uuid, K::ConsentWithdrawn, QStringLiteral("par écrit"))));
        QVERIFY(!m_executor->execute(*std::make_unique<RecordRightsDecisionCommand>(
            uuid, K::PostMortemDirectives, QStringLiteral("  "))));
        QVERIFY(m_executor->execute(*std::make_unique<RecordRightsDecisionCommand>(
            uuid, K::PostMortemDirectives, QStringLiteral("Effacer mes données sauf obligation légale"))));
        const Patient p = stored(uuid);
        QCOMPARE(p.rights.consentWithdrawnAt, m_clock.now());
        QCOMPARE(p.rights.postMortemDirectives, QStringLiteral("Effacer mes données sauf obligation légale"));
        auto rights = *Storage::PatientHistory(*m_store).rights(uuid);
        QCOMPARE(rights.size(), size_t(3));
        QVERIFY(rights.front().detail.isEmpty()); // the directives live in the file, not in the event
    }

    void erasureIsRefusedWhileTheRetentionRunsAndDoneAfter()
    {
        freshStore();
        Patient p = person(QStringLiteral("Efface"), QStringLiteral("Anne"), BirthDate(1950, 1, 1));
        p.nir = nirFor(2, p.birthDate, QStringLiteral("75115"), 7);
        p.allergies = {{{}, false, QStringLiteral("Aspirine"), {}, {}, {}}};
        const QString uuid = create(p);
        QVERIFY(m_executor->execute(
            *std::make_unique<SetPatientPhotoCommand>(uuid, QByteArray("\x89PNG\r\n\x1A\n", 8))));
        ErasePatientCommand early(uuid, QStringLiteral("Courrier du patient"));
        QVERIFY(m_executor->execute(early));
        QVERIFY(!early.refusal().isEmpty());
        QCOMPARE(early.retainedUntil(), m_clock.today().addMonths(36));
        QVERIFY2(early.refusal().contains(QStringLiteral("02/12/2029")), qPrintable(early.refusal()));
        QVERIFY(early.refusal().contains(QStringLiteral("2015-208")));
        QVERIFY(!stored(uuid).meta.deleted);
        auto rights = *Storage::PatientHistory(*m_store).rights(uuid);
        QCOMPARE(rights.front().outcome, QStringLiteral("refused"));
        QVERIFY(rights.front().detail.startsWith(QStringLiteral("retention:patient_file until=2029-12-02")));

        m_clock.advanceDays(365 * 3 + 2);
        ErasePatientCommand later(uuid, QStringLiteral("Nouvelle demande"));
        QVERIFY(m_executor->execute(later));
        QVERIFY(later.refusal().isEmpty());
        const Patient tomb = stored(uuid);
        QVERIFY(tomb.meta.deleted);
        QVERIFY(tomb.erasedAt.isValid());
        QVERIFY(tomb.birthFamilyName.isEmpty());
        QVERIFY(tomb.nir.isEmpty());
        QVERIFY(tomb.allergies.empty());
        QVERIFY(!tomb.hasPhoto);
        QCOMPARE(Storage::PatientHistory(*m_store).list(uuid)->size(), size_t(0));
        QCOMPARE(Storage::PatientHistory(*m_store).rights(uuid)->size(), size_t(2)); // the requests stay
        // No health data left in the pending outbox either.
        auto q = m_store->query(QStringLiteral("SELECT payload FROM outbox"));
        while (*q->next()) {
            QVERIFY(!q->text(0).contains(QStringLiteral("Efface")));
            QVERIFY(!q->text(0).contains(QStringLiteral("Aspirine")));
        }
        auto opened = m_directory->get(uuid);
        QVERIFY(!opened);
        QVERIFY(opened.error().userText.contains(QStringLiteral("effacé")));
        QCOMPARE(searchNames(QStringLiteral("efface")), QStringList());
    }

    void aFileWithoutClinicalDataCanBeErasedAtOnce()
    {
        freshStore();
        const QString uuid
            = create(person(QStringLiteral("Erreur"), QStringLiteral("Saisie"), BirthDate(1990, 1, 1)));
        ErasePatientCommand erase(uuid, QStringLiteral("Fiche créée par erreur"));
        QVERIFY(m_executor->execute(erase));
        QVERIFY(erase.refusal().isEmpty());
        QVERIFY(stored(uuid).meta.deleted);
    }

    void aPhotoMustBeAnImageOfReasonableSize()
    {
        freshStore();
        const QString uuid
            = create(person(QStringLiteral("Photo"), QStringLiteral("Anne"), BirthDate(1950, 1, 1)));
        SetPatientPhotoCommand notImage(uuid, QByteArray("GIF89a"));
        QCOMPARE(m_executor->execute(notImage).error().code, ErrorCode::InvalidInput);
        SetPatientPhotoCommand tooBig(uuid, QByteArray("\xFF\xD8\xFF") + QByteArray(3 * 1024 * 1024, 'x'));
        QCOMPARE(m_executor->execute(tooBig).error().code, ErrorCode::InvalidInput);
        const QByteArray png = QByteArray("\x89PNG\r\n\x1A\n", 8) + QByteArray(100, 'p');
        QVERIFY(m_executor->execute(*std::make_unique<SetPatientPhotoCommand>(uuid, png)));
        auto extras = m_directory->extras(*m_directory->get(uuid));
        QVERIFY(extras);
        QCOMPARE(extras->photo, png);
        QVERIFY(m_executor->execute(*std::make_unique<SetPatientPhotoCommand>(uuid, QByteArray())));
        QVERIFY(!stored(uuid).hasPhoto);
    }
};

QTEST_GUILESS_MAIN(TestPatientFiles)
#include "test_patientfiles.moc"
