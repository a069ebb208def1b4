// Retention with an injected clock: patient files cross from active to archive and to purge on
// the right day; archived files leave searches and open only with a written justification,
// audited; the titulaire cannot go below a legal floor; audit entries leave only after their
// period and the chain still verifies from its anchor.

#include "audit/auditverifier.h"
#include "audit/backgroundverification.h"
#include "commands/commandexecutor.h"
#include "commands/patientcommands.h"
#include "commands/staffcommands.h"
#include "retention/retentionjob.h"
#include "services/dailyjobs.h"
#include "services/patientdirectory.h"
#include "storage/patientrepository.h"
#include "storage/staffrepository.h"
#include "testutil.h"

#include <QSemaphore>
#include <QTest>

using namespace Officine;
using namespace Officine::Commands;

class TestRetention : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    struct World
    {
        FakeClock clock {QDateTime(QDate(2026, 1, 15), QTime(10, 0), Qt::UTC)};
        std::unique_ptr<Storage::Store> store;
        std::unique_ptr<CommandExecutor> executor;
        std::unique_ptr<Services::PatientDirectory> directory;
        std::unique_ptr<Retention::Job> job;
    };

    std::unique_ptr<World> world()
    {
        auto w = std::make_unique<World>();
        w->store = Test::openStore(m_dir.filePath(QStringLiteral("r%1.db").arg(++m_n)), Test::testKey());
        w->executor = std::make_unique<CommandExecutor>(*w->store, w->clock);
        w->executor->setActor(Actor {QStringLiteral("titulaire"), QStringLiteral("T"),
                                     QStringLiteral("810012345673"),
                                     Auth::permissionsOf(Auth::Role::Titulaire)});
        w->directory = std::make_unique<Services::PatientDirectory>(*w->executor);
        w->job = std::make_unique<Retention::Job>(*w->store, w->executor->audit(), w->clock);
        return w;
    }

    static QString createPatient(World& w, const QString& name)
    {
        Model::Patient p;
        p.birthFamilyName = name;
        p.givenNames = QStringLiteral("Jeanne");
        p.birthDate = QDate(1940, 3, 3);
        CreatePatientCommand c(p, w.clock.today());
        if (!w.executor->execute(c)) {
            return {};
        }
        return c.patient().meta.uuid;
    }

    static qint64 count(Storage::Store& s, const QString& sql) { return *s.scalar(sql); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void theRetentionJobWaitsForTheTrailsVerificationToEnd()
    {
        // The start-up verification is held inside its walk (its connection opener blocks), so
        // that "running" is a fact, not a race.
        auto w = world();
        QVERIFY(!createPatient(*w, QStringLiteral("Attente")).isEmpty());
        QSemaphore entered, release;
        const QString path = w->store->path();
        Audit::BackgroundVerification verification(
            [&entered, &release, path]() -> Result<std::unique_ptr<Storage::Store>> {
                entered.release();
                release.acquire();
                auto s = Test::openStore(path, Test::testKey());
                if (!s) {
                    return fail(ErrorCode::StoreIo, QStringLiteral("open"));
                }
                return s;
            },
            nullptr, w->executor->audit());
        Services::DailyJobs jobs(nullptr, w->job.get(), &verification);
        QVERIFY(verification.start(0));
        QVERIFY(entered.tryAcquire(1, 30000));
        QCOMPARE(verification.state(), Audit::BackgroundVerification::State::Running);
        jobs.start(); // would run the retention job at once without a verification
        QVERIFY(!jobs.runRetention());
        QVERIFY(w->store->meta(QStringLiteral("retention_last_run")).isEmpty());

        // The walk ends: the retention job runs then, by itself.
        release.release();
        QTRY_VERIFY_WITH_TIMEOUT(verification.state() != Audit::BackgroundVerification::State::Running, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(w->store->meta(QStringLiteral("retention_last_run")),
                                  w->clock.today().toString(Qt::ISODate), 5000);
        QVERIFY(jobs.runRetention()); // allowed now (and not due again today)
        jobs.stop();
    }

    void aPatientFileIsArchivedAfterFourMonthsAndPurgedAfterThirtySixMore()
    {
        auto w = world();
        const QDateTime created = w->clock.now();
        const QString uuid = createPatient(*w, QStringLiteral("Archivable"));
        QVERIFY(!uuid.isEmpty());

        // The day before the active period ends: still active.
        w->clock.set(created.addMonths(4).addDays(-1));
        QCOMPARE(w->job->run()->archived, 0);
        QCOMPARE(w->directory->search(QStringLiteral("archiv"), 10)->size(), size_t(1));

        // The day after: archived, gone from searches and counts, refused without justification.
        w->clock.set(created.addMonths(4).addDays(1));
        const Retention::RunSummary s = *w->job->run();
        QCOMPARE(s.archived, 1);
        QVERIFY(w->directory->search(QStringLiteral("archiv"), 10)->empty());
        QVERIFY(w->directory->search(QString(), 10)->empty());
        QCOMPARE(*w->directory->count(), 0);
        auto plain = w->directory->get(uuid);
        QVERIFY(!plain);
        QVERIFY(plain.error().userText.contains(QStringLiteral("archivé")));
        auto noReason = w->directory->openArchived(uuid, QStringLiteral("  voir  "));
        QCOMPARE(noReason.error().code, ErrorCode::InvalidInput);
        Audit::Filter filter;
        filter.patientUuid = uuid;
        filter.action = Audit::Action::ArchiveAccess;
        auto refused = Audit::Trail(*w->store).find(filter);
        QCOMPARE(refused->size(), size_t(1));
        QCOMPARE(refused->front().outcome, Audit::Outcome::Refused);

        const QString why = QStringLiteral("Demande du médecin traitant, courrier du 12/05");
        auto opened = w->directory->openArchived(uuid, why);
        QVERIFY(opened);
        QCOMPARE(opened->birthFamilyName, QStringLiteral("Archivable"));
        auto traced = Audit::Trail(*w->store).find(filter);
        QCOMPARE(traced->size(), size_t(2));
        QCOMPARE(traced->front().outcome, Audit::Outcome::Success);
        QCOMPARE(traced->front().justification, why);
        QCOMPARE(traced->front().accountUuid, QStringLiteral("titulaire"));
        // An archived file cannot be edited in place.
        UpdatePatientCommand edit(*opened, w->clock.today());
        QVERIFY(!w->executor->execute(edit));

        // The archive move itself is traced, by the application.
        filter.action = Audit::Action::Archive;
        auto moved = Audit::Trail(*w->store).find(filter);
        QCOMPARE(moved->size(), size_t(1));
        QCOMPARE(moved->front().accountUuid, Audit::systemAccount);

        // 4 + 32 months after the last change, less a day: kept; a day after: purged with its
        // pending sync rows (which hold its data).
        w->clock.set(created.addMonths(36).addDays(-1));
        QCOMPARE(w->job->run()->purged, 0);
        w->clock.set(created.addMonths(36).addDays(1));
        QCOMPARE(w->job->run()->purged, 1);
        QCOMPARE(count(*w->store, QStringLiteral("SELECT count(*) FROM patient")), 0);
        QCOMPARE(count(*w->store, QStringLiteral("SELECT count(*) FROM patient_search")), 0);
        QCOMPARE(count(*w->store, QStringLiteral("SELECT count(*) FROM outbox WHERE operation <> 'delete'")),
                 0);
        filter.action = Audit::Action::Purge;
        QCOMPARE(Audit::Trail(*w->store).find(filter)->size(), size_t(1));
        QVERIFY(Audit::Verifier(*w->store).run()->intact());
    }

    void aFileInUseStaysActive()
    {
        auto w = world();
        const QDateTime created = w->clock.now();
        const QString uuid = createPatient(*w, QStringLiteral("Fidele"));
        w->clock.set(created.addMonths(3));
        Model::Patient p = *w->directory->get(uuid);
        p.phone = QStringLiteral("0102030405");
        UpdatePatientCommand edit(p, w->clock.today());
        QVERIFY(w->executor->execute(edit));
        w->clock.set(created.addMonths(5));
        QCOMPARE(w->job->run()->archived, 0);
        QVERIFY(w->directory->get(uuid));
    }

    void theDailyJobRunsOncePerDay()
    {
        auto w = world();
        QVERIFY(w->job->runIfDue()->has_value());
        QVERIFY(!w->job->runIfDue()->has_value());
        w->clock.advanceDays(1);
        QVERIFY(w->job->runIfDue()->has_value());
    }

    void theTitulaireCannotGoBelowALegalFloor_data()
    {
        QTest::addColumn<int>("category");
        QTest::addColumn<int>("active");
        QTest::addColumn<int>("archive");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("ordonnancier 10 years") << int(Retention::Category::Dispensing) << 24 << 96 << true;
        QTest::newRow("ordonnancier 9 years") << int(Retention::Category::Dispensing) << 12 << 96 << false;
        QTest::newRow("audit 10 years") << int(Retention::Category::AuditTrail) << 0 << 120 << true;
        QTest::newRow("audit 5 years") << int(Retention::Category::AuditTrail) << 60 << 0 << false;
        QTest::newRow("patient 3 months active") << int(Retention::Category::PatientFile) << 3 << 40 << false;
        QTest::newRow("patient 6 + 30") << int(Retention::Category::PatientFile) << 6 << 30 << true;
        QTest::newRow("box traceability 8 years")
            << int(Retention::Category::PreparationTrace) << 12 << 84 << false;
        QTest::newRow("staff 2 years") << int(Retention::Category::StaffAccount) << 0 << 24 << false;
    }
    void theTitulaireCannotGoBelowALegalFloor()
    {
        QFETCH(int, category);
        QFETCH(int, active);
        QFETCH(int, archive);
        QFETCH(bool, accepted);
        auto w = world();
        const auto c = static_cast<Retention::Category>(category);
        Retention::Rule rule {c, active, archive, Retention::defaultRule(c).end};
        Retention::UpdateRuleCommand update(rule);
        auto r = w->executor->execute(update);
        QCOMPARE(bool(r), accepted);
        if (!accepted) {
            QCOMPARE(r.error().code, ErrorCode::InvalidInput);
            QVERIFY(r.error().userText.contains(QStringLiteral("mois")));
            QCOMPARE(Retention::loadRule(*w->store, c)->totalMonths(),
                     Retention::defaultRule(c).totalMonths());
        } else {
            QCOMPARE(Retention::loadRule(*w->store, c)->activeMonths, active);
            Audit::Filter f;
            f.action = Audit::Action::SettingsChange;
            auto e = Audit::Trail(*w->store).find(f);
            QCOMPARE(e->size(), size_t(1));
            QCOMPARE(e->front().targetUuid, Retention::categoryId(c));
        }
        // A pharmacist who is not the titulaire cannot change it at all.
        w->executor->setActor(Actor {QStringLiteral("adjoint"), QStringLiteral("A"), QString(),
                                     Auth::permissionsOf(Auth::Role::Pharmacien)});
        QCOMPARE(w->executor->execute(update).error().code, ErrorCode::PermissionDenied);
    }

    void aLongerActivePeriodDelaysTheArchive()
    {
        auto w = world();
        Retention::UpdateRuleCommand longer(
            {Retention::Category::PatientFile, 12, 24, Retention::EndAction::Purge});
        QVERIFY(w->executor->execute(longer));
        const QDateTime created = w->clock.now();
        createPatient(*w, QStringLiteral("Longue"));
        w->clock.set(created.addMonths(6));
        QCOMPARE(w->job->run()->archived, 0);
        w->clock.set(created.addMonths(12).addDays(1));
        QCOMPARE(w->job->run()->archived, 1);
    }

    void aDeactivatedAccountIsAnonymisedThreeYearsOnAndTheTrailStillNamesIt()
    {
        auto w = world();
        Model::StaffAccount s;
        s.familyName = QStringLiteral("Départ");
        s.givenName = QStringLiteral("Paul");
        s.role = Auth::Role::Preparateur;
        CreateStaffAccountCommand create(s);
        QVERIFY(w->executor->execute(create));
        const QString uuid = create.account().meta.uuid;
        DeactivateStaffAccountCommand off(uuid, 1);
        QVERIFY(w->executor->execute(off));
        const QDateTime leftAt = w->clock.now();
        w->clock.set(leftAt.addMonths(36).addDays(-1));
        QCOMPARE(w->job->run()->anonymised, 0);
        w->clock.set(leftAt.addMonths(36).addDays(1));
        QCOMPARE(w->job->run()->anonymised, 1);
        auto account = Storage::StaffRepository(*w->store).get(uuid);
        QVERIFY(account);
        QVERIFY(!account->familyName.contains(QStringLiteral("Départ")));
        QVERIFY(account->givenName.isEmpty());
        Audit::Filter f;
        f.action = Audit::Action::Anonymise;
        QCOMPARE(Audit::Trail(*w->store).find(f)->front().targetUuid, uuid);
    }

    void auditEntriesLeaveOnlyAfterTenYearsAndTheRestStillVerifies()
    {
        auto w = world();
        const QDateTime start = w->clock.now();
        createPatient(*w, QStringLiteral("Ancien")); // entry 1
        w->clock.set(start.addYears(5));
        createPatient(*w, QStringLiteral("Recent")); // entry 2
        w->clock.set(start.addYears(10).addDays(-1));
        QCOMPARE(w->job->run()->auditPurged, 0);
        w->clock.set(start.addYears(10).addDays(1));
        auto s = w->job->run();
        QVERIFY(s);
        QVERIFY(s->auditPurged >= 1);
        // The first entry (the oldest patient's creation) is gone, the second is still there.
        QCOMPARE(count(*w->store, QStringLiteral("SELECT count(*) FROM audit_entry WHERE seq = 1")), 0);
        QCOMPARE(count(*w->store, QStringLiteral("SELECT count(*) FROM audit_entry WHERE seq = 2")), 1);
        QCOMPARE(count(*w->store, QStringLiteral("SELECT count(*) FROM audit_anchor")), 1);
        const Audit::Report report = *Audit::Verifier(*w->store).run();
        QVERIFY2(report.intact(), qPrintable(report.summary()));
        // The guard is back: nothing else can be deleted.
        QVERIFY(!w->store->exec(QStringLiteral("DELETE FROM audit_entry")));
    }
};

QTEST_GUILESS_MAIN(TestRetention)
#include "test_retention.moc"
