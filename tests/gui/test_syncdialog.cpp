// The sync panel on real widgets: conflicts shown with both values and who changed the other,
// resolved one at a time or several at once (each a command, audited), showing them traced once
// per file and never by a refresh; held deletions confirmed by the titulaire.

#include "../unit/testutil.h"
#include "auth/role.h"
#include "commands/commandexecutor.h"
#include "commands/patientcommands.h"
#include "nocopytableview.h"
#include "retention/retentionpolicy.h"
#include "services/patientdirectory.h"
#include "storage/patienthistory.h"
#include "storage/patientrepository.h"
#include "storage/settingsrepository.h"
#include "storage/staffrepository.h"
#include "syncdialog.h"
#include "translations.h"
#include "util/uuid.h"

#include <QGroupBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTest>

using namespace Officine;

class TestSyncDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeClock m_clock {QDateTime::currentDateTimeUtc()};
    std::unique_ptr<Storage::Store> m_store;
    std::unique_ptr<Commands::CommandExecutor> m_executor;
    std::unique_ptr<Services::PatientDirectory> m_patients;
    QString m_martin, m_bernard, m_colleague;

    QString create(const QString& name, const QString& notes)
    {
        Model::Patient p;
        p.birthFamilyName = name;
        p.givenNames = QStringLiteral("Jeanne");
        p.birthDate = QDate(1948, 2, 9);
        p.notes = notes;
        p.phone = QStringLiteral("0102030405");
        Commands::CreatePatientCommand c(p, m_clock.today());
        return m_executor->execute(c) ? c.patient().meta.uuid : QString();
    }
    void conflict(const QString& patient, const char* field, const QString& local, const QString& remote)
    {
        const auto json = [](const QString& v) { return QStringLiteral("[\"%1\"]").arg(v); };
        auto q = m_store->query(QStringLiteral(
            "INSERT INTO sync_conflict (uuid, entity, record_uuid, field, base_value, local_value, "
            "remote_value, "
            "local_workstation, local_at, remote_workstation, remote_account, remote_at, remote_revision, "
            "created_at) VALUES (?1, 'patient', ?2, ?3, '[\"\"]', ?4, ?5, 'w1', '', "
            "'01a2379c-a595-72fd-afaa-04b85a7b2c9f', ?6, '2026-12-01T14:05:00.000Z', 3, '')"));
        QVERIFY(q);
        q->bind(1, QUuid::createUuid().toString(QUuid::WithoutBraces))
            .bind(2, patient)
            .bind(3, QString::fromLatin1(field))
            .bind(4, json(local))
            .bind(5, json(remote))
            .bind(6, m_colleague);
        QVERIFY(q->run());
    }
    qint64 entries(Audit::Action action, const QString& detailLike = QStringLiteral("%"))
    {
        return *m_store->scalar(
            QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = '%1' AND detail LIKE '%2'")
                .arg(Audit::actionId(action), detailLike));
    }
    Ui::ShellContext context()
    {
        Ui::ShellContext c;
        c.executor = m_executor.get();
        c.patients = m_patients.get();
        c.syncServerUrl = QStringLiteral("https://hds.example.fr");
        return c;
    }
    static void selectRows(Ui::NoCopyTableView* table, const QList<int>& rows)
    {
        table->clearSelection();
        for (int r : rows) {
            table->selectionModel()->select(table->model()->index(r, 0),
                                            QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        Ui::Translations::install(QStringLiteral("fr"));
        m_store = Test::openStore(m_dir.filePath(QStringLiteral("s.db")), Test::testKey());
        m_executor = std::make_unique<Commands::CommandExecutor>(*m_store, m_clock);
        m_executor->setActor(Commands::Actor {QStringLiteral("titulaire"), QStringLiteral("Claire DÉMO"),
                                              QStringLiteral("810012345673"),
                                              Auth::permissionsOf(Auth::Role::Titulaire)});
        m_patients = std::make_unique<Services::PatientDirectory>(*m_executor);
        Model::StaffAccount colleague;
        colleague.familyName = QStringLiteral("Roux");
        colleague.givenName = QStringLiteral("Paul");
        colleague.role = Auth::Role::Pharmacien;
        auto tx = Storage::Transaction::begin(*m_store);
        QVERIFY(
            Storage::StaffRepository(*m_store).insert(colleague, {m_store->workstationId(), m_clock.now()}));
        QVERIFY(tx->commit());
        m_colleague = colleague.meta.uuid;
        m_martin = create(QStringLiteral("MARTIN"), QStringLiteral("Allergie au latex signalée"));
        m_bernard = create(QStringLiteral("BERNARD"), QStringLiteral("Pilulier le lundi"));
        conflict(m_martin, "notes", QStringLiteral("Allergie au latex signalée"),
                 QStringLiteral("Allergie au latex confirmée par le Dr Petit"));
        conflict(m_martin, "phone", QStringLiteral("0102030405"), QStringLiteral("0612345678"));
        conflict(m_bernard, "notes", QStringLiteral("Pilulier le lundi"),
                 QStringLiteral("Pilulier le mardi"));
    }

    void conflictsAreShownAndResolvedOneByOneOrTogether()
    {
        const Ui::ShellContext c = context();
        const qint64 viewsBefore = entries(Audit::Action::View, QStringLiteral("sync.conflicts"));
        Ui::SyncDialog dialog(c);
        dialog.show();
        auto* table = dialog.findChild<Ui::NoCopyTableView*>(QStringLiteral("sync.conflicts"));
        QVERIFY(table);
        QCOMPARE(table->model()->rowCount(), 3);
        QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("MARTIN Jeanne"));
        QCOMPARE(table->model()->index(0, 3).data().toString(),
                 QStringLiteral("Allergie au latex confirmée par le Dr Petit"));
        QVERIFY(table->model()->index(0, 4).data().toString().startsWith(QStringLiteral("Paul ROUX")));
        // Showing them is one consultation per file; a refresh is none.
        QCOMPARE(entries(Audit::Action::View, QStringLiteral("sync.conflicts")), viewsBefore + 2);
        dialog.reload();
        QCOMPARE(entries(Audit::Action::View, QStringLiteral("sync.conflicts")), viewsBefore + 2);
        if (!qEnvironmentVariableIsEmpty("OFFICINE_TEST_ARTIFACTS")) {
            dialog.resize(1280, 700);
            QApplication::processEvents();
            dialog.grab().save(qEnvironmentVariable("OFFICINE_TEST_ARTIFACTS")
                               + QStringLiteral("/sync-conflicts.png"));
        }

        auto* keepLocal = dialog.findChild<QPushButton*>(QStringLiteral("sync.keepLocal"));
        auto* keepRemote = dialog.findChild<QPushButton*>(QStringLiteral("sync.keepRemote"));
        QVERIFY(!keepRemote->isEnabled()); // nothing selected yet
        const qint64 updatesBefore = entries(Audit::Action::Update);
        selectRows(table, {0});
        QVERIFY(keepRemote->isEnabled());
        QTest::mouseClick(keepRemote, Qt::LeftButton);
        QCOMPARE(Storage::PatientRepository(*m_store).get(m_martin)->notes,
                 QStringLiteral("Allergie au latex confirmée par le Dr Petit"));
        QCOMPARE(table->model()->rowCount(), 2);
        QCOMPARE(entries(Audit::Action::Update), updatesBefore + 1);
        const auto history = Storage::PatientHistory(*m_store).list(m_martin);
        QVERIFY(history->front().reason.contains(QStringLiteral("Conflit de synchronisation")));
        QCOMPARE(history->front().changes.front().field, QStringLiteral("notes"));

        // Both remaining at once, keeping this workstation's values.
        selectRows(table, {0, 1});
        QTest::mouseClick(keepLocal, Qt::LeftButton);
        QCOMPARE(table->model()->rowCount(), 0);
        QCOMPARE(entries(Audit::Action::Update), updatesBefore + 3);
        QCOMPARE(Storage::PatientRepository(*m_store).get(m_martin)->phone, QStringLiteral("0102030405"));
        QCOMPARE(Storage::PatientRepository(*m_store).get(m_bernard)->notes,
                 QStringLiteral("Pilulier le lundi"));
        QCOMPARE(
            *m_store->scalar(QStringLiteral("SELECT count(*) FROM sync_conflict WHERE resolved_at IS NULL")),
            0);
        QCOMPARE(*m_store->scalar(
                     QStringLiteral("SELECT count(*) FROM sync_conflict WHERE resolved_by = 'titulaire'")),
                 3);
    }

    void aConflictOnAPharmacySettingIsNamedAndResolvedLikeAnyOther()
    {
        const QString key = Retention::settingKey(Retention::Category::PatientFile);
        {
            auto tx = Storage::Transaction::begin(*m_store);
            QVERIFY(Storage::SettingsRepository(*m_store).put(
                key,
                {{QStringLiteral("activeMonths"), 12},
                 {QStringLiteral("archiveMonths"), 32},
                 {QStringLiteral("endAction"), QStringLiteral("purge")}},
                {m_store->workstationId(), m_clock.now()}));
            QVERIFY(tx->commit());
        }
        auto q = m_store->query(QStringLiteral(
            "INSERT INTO sync_conflict (uuid, entity, record_uuid, field, base_value, local_value, "
            "remote_value, "
            "local_workstation, local_at, remote_workstation, remote_account, remote_at, remote_revision, "
            "created_at) VALUES (?1, 'settings', ?2, 'activeMonths', '[4]', '[12]', '[10]', 'w1', '', "
            "'01a2379c-a595-72fd-afaa-04b85a7b2c9f', ?3, '2026-12-01T14:05:00.000Z', 3, '')"));
        QVERIFY(q);
        q->bind(1, QUuid::createUuid().toString(QUuid::WithoutBraces))
            .bind(2, Storage::SettingsRepository::uuidFor(key))
            .bind(3, m_colleague);
        QVERIFY(q->run());
        const Ui::ShellContext c = context(); // the dialog keeps a reference
        Ui::SyncDialog dialog(c);
        dialog.show();
        auto* table = dialog.findChild<Ui::NoCopyTableView*>(QStringLiteral("sync.conflicts"));
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, 0).data().toString(),
                 QStringLiteral("Conservation\u00a0: Dossier patient (identité, contact)"));
        QCOMPARE(table->model()->index(0, 1).data().toString(), QStringLiteral("Mois en base active"));
        selectRows(table, {0});
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("sync.keepRemote")), Qt::LeftButton);
        QCOMPARE(table->model()->rowCount(), 0);
        QCOMPARE(Retention::loadRule(*m_store, Retention::Category::PatientFile)->activeMonths, 10);
        QCOMPARE(Retention::loadRule(*m_store, Retention::Category::PatientFile)->archiveMonths, 32);
    }

    void theSamePersonCreatedOnTwoWorkstationsIsMergedOrKeptApart()
    {
        // Two proposals: DURAND (merged) and PETIT (two people). The file created first survives.
        const auto pair = [this](const QString& name) {
            Model::Patient here;
            here.birthFamilyName = name;
            here.givenNames = QStringLiteral("Lucie");
            here.sex = Model::Sex::Female;
            here.birthDate = QDate(1961, 4, 2);
            Model::Patient there = here;
            there.meta.uuid = Ids::newUuid();
            there.meta.workstationId = QStringLiteral("01a2379c-a595-72fd-afaa-04b85a7b2c9f");
            there.meta.updatedAt = m_clock.now().addSecs(-3600); // created an hour before
            auto tx = Storage::Transaction::begin(*m_store);
            [&]() {
                QVERIFY(Storage::PatientRepository(*m_store).insert(
                    here, {m_store->workstationId(), m_clock.now()}));
                QVERIFY(Storage::PatientRepository(*m_store).applyRemote(there));
                Sync::DuplicateProposal d;
                d.localUuid = here.meta.uuid;
                d.remoteUuid = there.meta.uuid;
                d.reason = int(Identity::DuplicateReason::SameStrictTraits);
                d.score = 95;
                QVERIFY(Sync::Journal(*m_store).proposeDuplicate(d));
                QVERIFY(tx->commit());
            }();
            return std::make_pair(here.meta.uuid, there.meta.uuid);
        };
        const auto durand = pair(QStringLiteral("DURAND"));
        const auto petit = pair(QStringLiteral("PETIT"));
        const Ui::ShellContext c = context();
        const qint64 viewsBefore = entries(Audit::Action::View, QStringLiteral("sync.duplicates"));
        Ui::SyncDialog dialog(c);
        dialog.show();
        auto* table = dialog.findChild<Ui::NoCopyTableView*>(QStringLiteral("sync.duplicates"));
        QVERIFY(table && table->isVisible());
        QCOMPARE(table->model()->rowCount(), 2);
        QCOMPARE(entries(Audit::Action::View, QStringLiteral("sync.duplicates")), viewsBefore + 4);
        const QString survivor = table->model()->index(0, 0).data().toString();
        QVERIFY2(survivor.startsWith(QStringLiteral("DURAND Lucie"))
                     && survivor.contains(QStringLiteral("reçu du poste 2C9F")),
                 qPrintable(survivor));
        QVERIFY(table->model()->index(0, 1).data().toString().contains(QStringLiteral("créé sur ce poste")));
        QCOMPARE(table->model()->index(0, 2).data().toString(), QStringLiteral("Mêmes traits d'identité"));
        if (!qEnvironmentVariableIsEmpty("OFFICINE_TEST_ARTIFACTS")) {
            dialog.resize(1280, 800);
            QApplication::processEvents();
            dialog.grab().save(qEnvironmentVariable("OFFICINE_TEST_ARTIFACTS")
                               + QStringLiteral("/sync-duplicates.png"));
        }
        auto* merge = dialog.findChild<QPushButton*>(QStringLiteral("sync.merge"));
        auto* different = dialog.findChild<QPushButton*>(QStringLiteral("sync.different"));
        QVERIFY(!merge->isEnabled());
        const qint64 updatesBefore = entries(Audit::Action::Update);
        selectRows(table, {0});
        QTest::mouseClick(merge, Qt::LeftButton);
        QCOMPARE(Storage::PatientRepository(*m_store).get(durand.first)->mergedInto, durand.second);
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(entries(Audit::Action::Update), updatesBefore + 1);
        selectRows(table, {0});
        QTest::mouseClick(different, Qt::LeftButton);
        QCOMPARE(entries(Audit::Action::Update), updatesBefore + 2);
        QVERIFY(!Storage::PatientRepository(*m_store).get(petit.first)->meta.deleted);
        QVERIFY(!Storage::PatientRepository(*m_store).get(petit.second)->meta.deleted);
        QVERIFY(!table->isVisible()); // nothing left to decide
        // A refresh traces nothing more.
        dialog.reload();
        QCOMPARE(entries(Audit::Action::View, QStringLiteral("sync.duplicates")), viewsBefore + 4);
    }

    void heldDeletionsWaitForTheTitulaire()
    {
        QVERIFY(m_store->exec(
            QStringLiteral("INSERT OR REPLACE INTO sync_state (key, value) VALUES ('deletion_hold', "
                           "'{\"entity\":\"patient\",\"deletions\":31,\"local\":40,\"until\":77}')")));
        const Ui::ShellContext c = context();
        Ui::SyncDialog dialog(c);
        dialog.show();
        auto* box = dialog.findChild<QGroupBox*>();
        auto* hold = dialog.findChild<QLabel*>(QStringLiteral("sync.hold"));
        QVERIFY(hold->isVisible());
        QVERIFY(hold->text().contains(QStringLiteral("31")));
        Q_UNUSED(box);
        if (!qEnvironmentVariableIsEmpty("OFFICINE_TEST_ARTIFACTS")) {
            dialog.grab().save(qEnvironmentVariable("OFFICINE_TEST_ARTIFACTS")
                               + QStringLiteral("/sync-hold.png"));
        }
        const qint64 before = entries(Audit::Action::Delete);
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("sync.confirmDeletions")),
                          Qt::LeftButton);
        QVERIFY(!hold->isVisible());
        QCOMPARE(entries(Audit::Action::Delete), before + 1);
        QCOMPARE(*m_store->scalar(
                     QStringLiteral("SELECT value FROM sync_state WHERE key = 'deletion_confirmed_until'")),
                 77);
    }

    void statusTextsSayWhereTheWorkstationStands()
    {
        using State = Sync::SyncStatus::State;
        Sync::SyncStatus s;
        s.state = State::Offline;
        s.pending = 3;
        s.conflicts = 2;
        QCOMPARE(Ui::syncStatusText(s, true),
                 QStringLiteral("Hors ligne — 3 modifications en attente — 2 conflits à résoudre"));
        s = {};
        s.state = State::UpToDate;
        QCOMPARE(Ui::syncStatusText(s, true), QStringLiteral("Synchronisation\u00a0: à jour"));
        s.state = State::Error;
        s.reason = QStringLiteral("Ce poste a été révoqué par le titulaire : il ne se synchronise plus.");
        QVERIFY(Ui::syncStatusText(s, true).contains(QStringLiteral("révoqué")));
        QCOMPARE(Ui::syncStatusText(s, false), QStringLiteral("Synchronisation non configurée"));

        // A new workstation's first pull: how far it has come, in words and as a bar.
        QProgressBar bar;
        s = {};
        s.state = State::Syncing;
        Ui::showSyncProgress(&bar, s);
        QVERIFY(bar.isHidden());
        QCOMPARE(Ui::syncStatusText(s, true), QStringLiteral("Synchronisation en cours…"));
        s.progress = 45;
        s.received = 45000;
        Ui::showSyncProgress(&bar, s);
        QVERIFY(!bar.isHidden());
        QCOMPARE(bar.value(), 45);
        QCOMPARE(Ui::syncStatusText(s, true),
                 QStringLiteral("Réception des données de la pharmacie\u00a0: 45\u00a0% — %1 "
                                "enregistrements reçus")
                     .arg(QLocale(QLocale::French).toString(45000)));
        s.state = State::UpToDate;
        Ui::showSyncProgress(&bar, s);
        QVERIFY(bar.isHidden());
    }
};

QTEST_MAIN(TestSyncDialog)
#include "test_syncdialog.moc"
