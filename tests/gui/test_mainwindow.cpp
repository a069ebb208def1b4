#include "../unit/testutil.h"
#include "aboutdialog.h"
#include "audit/auditrecorder.h"
#include "audit/audittrail.h"
#include "audit/backgroundverification.h"
#include "backup/backupscheduler.h"
#include "commands/commandexecutor.h"
#include "demo/demogenerator.h"
#include "mainwindow.h"
#include "patientfileview.h"
#include "patientspage.h"
#include "patienttablemodel.h"
#include "retentiondialog.h"
#include "services/patientdirectory.h"
#include "settings/settings.h"
#include "settingsdialog.h"
#include "storage/patientrepository.h"
#include "translations.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Officine;
using namespace Officine::Ui;

namespace {
/// Saves a widget's picture when OFFICINE_TEST_ARTIFACTS names a folder (to look at screens).
void saveArtifact(QWidget& widget, const char* name)
{
    const QString dir = qEnvironmentVariable("OFFICINE_TEST_ARTIFACTS");
    if (!dir.isEmpty()) {
        widget.grab().save(dir + u'/' + QString::fromLatin1(name) + QStringLiteral(".png"));
    }
}

Commands::Actor titulaire()
{
    Commands::Actor a {QStringLiteral("t1"), QStringLiteral("Titulaire Test"), QString(), {}};
    for (auto p : Commands::allPermissions) {
        a.permissions.insert(p);
    }
    return a;
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Store> m_store;
    FakeClock m_clock {QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC)};
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Commands::CommandExecutor> m_executor;
    std::unique_ptr<Services::PatientDirectory> m_directory;
    bool m_passphraseSaved = false;

    ShellContext context()
    {
        ShellContext c;
        c.settings = m_settings.get();
        c.executor = m_executor.get();
        c.patients = m_directory.get();
        c.demo = true;
        c.storePath = m_dir.filePath(QStringLiteral("gui.db"));
        c.saveBackupPassphrase = [this](const SecureBuffer&) -> Result<void> {
            m_passphraseSaved = true;
            return {};
        };
        c.hasBackupPassphrase = [this]() { return m_passphraseSaved; };
        return c;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(Translations::install(QStringLiteral("fr")));
        m_store = Test::openStore(m_dir.filePath(QStringLiteral("gui.db")), Test::testKey());
        QVERIFY(m_store);
        Demo::DemoGenerator gen(5);
        QVERIFY(gen.populate(*m_store, 300, {m_store->workstationId(), m_clock.now()}));
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("gui.conf")));
        m_executor = std::make_unique<Commands::CommandExecutor>(*m_store, m_clock);
        m_executor->setActor(titulaire());
        m_directory = std::make_unique<Services::PatientDirectory>(*m_executor);
    }

    /// After every test, pass or fail: the shared actor and settings are back to their start, so
    /// one failure cannot leak into the next test.
    void cleanup()
    {
        m_executor->setActor(titulaire());
        for (Settings::Key key :
             {Settings::Key::BackupFolder, Settings::Key::BackupKeep, Settings::Key::BackupHour,
              Settings::Key::InactivityLockSeconds, Settings::Key::LastBackupSuccess,
              Settings::Key::LastBackupFailure, Settings::Key::LastBackupError, Settings::Key::LastBackupPath,
              Settings::Key::MainWindowGeometry, Settings::Key::MainWindowState,
              Settings::Key::LastNavigation}) {
            m_settings->reset(key);
        }
        m_passphraseSaved = false;
    }

    void opensWithEveryNavigationTargetReachableByItsShortcut()
    {
        MainWindow window(context());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* pages = window.findChild<QStackedWidget*>(QStringLiteral("pages"));
        QVERIFY(pages);
        QCOMPARE(pages->count(), MainWindow::sectionCount);
        // Walk backwards so every shortcut changes the page.
        for (int i = MainWindow::sectionCount - 1; i >= 0; --i) {
            const auto section = static_cast<MainWindow::Section>(i);
            QTest::keyClick(&window, static_cast<Qt::Key>(Qt::Key_1 + i), Qt::ControlModifier);
            QCOMPARE(window.currentSection(), section);
            QCOMPARE(pages->currentWidget()->objectName(),
                     QStringLiteral("page.") + MainWindow::sectionId(section));
            auto* nav = window.findChild<QListWidget*>(QStringLiteral("navigation"));
            QCOMPARE(nav->currentRow(), i);
            QVERIFY(window.sectionAction(section)->isChecked());
        }
    }

    void theFrenchTranslationIsLoaded()
    {
        MainWindow window(context());
        auto* nav = window.findChild<QListWidget*>(QStringLiteral("navigation"));
        QCOMPARE(nav->item(1)->text(), QStringLiteral("Ordonnances"));
        QCOMPARE(nav->item(2)->text(), QStringLiteral("Médicaments"));
        QCOMPARE(nav->item(3)->text(), QStringLiteral("Préparation des piluliers"));
        // Qt's own French catalogue is loaded too: standard buttons read in French.
        QDialogButtonBox box(QDialogButtonBox::Cancel | QDialogButtonBox::Close);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Annuler"));
        QCOMPARE(box.button(QDialogButtonBox::Close)->text(), QStringLiteral("Fermer"));
        QCOMPARE(QLocale().language(), QLocale::French);
    }

    void englishIsAvailable()
    {
        QVERIFY(Translations::install(QStringLiteral("en")));
        {
            MainWindow window(context());
            auto* nav = window.findChild<QListWidget*>(QStringLiteral("navigation"));
            QCOMPARE(nav->item(1)->text(), QStringLiteral("Prescriptions"));
            QCOMPARE(nav->item(2)->text(), QStringLiteral("Medicines"));
            QCOMPARE(nav->item(4)->text(), QStringLiteral("Care circle"));
            QDialogButtonBox box(QDialogButtonBox::Cancel);
            QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Cancel"));
        }
        QVERIFY(Translations::install(QStringLiteral("fr")));
    }

    void searchNarrowsTheListByNamePrefix()
    {
        MainWindow window(context());
        window.show();
        PatientsPage* page = window.patientsPage();
        auto* model = page->model();
        QCOMPARE(model->rowCount(), 100); // the first 100 of 300
        auto* count = window.findChild<QLabel*>(QStringLiteral("patients.count"));
        QVERIFY2(count->text().contains(QStringLiteral("300 patients")), qPrintable(count->text()));

        QTest::keyClicks(page->searchField(), QStringLiteral("mart"));
        QTRY_VERIFY(model->rowCount() < 100);
        QVERIFY(model->rowCount() > 0);
        auto expected
            = Storage::PatientRepository(*m_store).search(QStringLiteral("mart"), QDate(2026, 11, 23), 100);
        QCOMPARE(model->rowCount(), static_cast<int>(expected->size()));
        for (int r = 0; r < model->rowCount(); ++r) {
            QCOMPARE(model->index(r, 0).data(PatientTableModel::UuidRole).toString(),
                     expected->at(static_cast<size_t>(r)).uuid);
        }
        // Searching opens no file; clicking the first result opens it as a screen of its own,
        // its identity in the form.
        QVERIFY(!page->isFileShown());
        QTableView* table = page->table();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(model->index(0, 0)).center());
        QCOMPARE(page->openPatient(), expected->front().uuid);
        QVERIFY(page->isFileShown());
        auto* given = qobject_cast<QLineEdit*>(page->fileView()->editor(QStringLiteral("given_names")));
        QVERIFY(given);
        QCOMPARE(given->text(), expected->front().givenNames);
        QVERIFY(page->closeFile());
        // Nothing matches: the list empties and says so.
        page->searchField()->setText(QStringLiteral("zzzz"));
        QTRY_COMPARE(model->rowCount(), 0);
        QVERIFY(count->text().contains(QStringLiteral("0 résultat")));
    }

    void copyingFromThePatientListPutsNothingOnTheClipboard()
    {
        MainWindow window(context());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QApplication::clipboard()->setText(QStringLiteral("sentinel"));
        QTableView* table = window.patientsPage()->table();
        table->setFocus();
        table->selectRow(0);
        QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("sentinel"));
    }

    void withoutASignedInStaffMemberNoPatientIsShown()
    {
        m_executor->setActor(std::nullopt);
        MainWindow window(context());
        QCOMPARE(window.patientsPage()->model()->rowCount(), 0);
        auto* message = window.findChild<QLabel*>(QStringLiteral("patients.message"));
        QVERIFY(!message->isHidden());
        QVERIFY(message->text().contains(QStringLiteral("carte")));
        auto* staff = window.findChild<QLabel*>(QStringLiteral("status.staff"));
        QVERIFY(staff->text().contains(QStringLiteral("Aucune session")));
        m_executor->setActor(titulaire());
    }

    void theStatusBarShowsTheBackupState()
    {
        const QString folder = m_dir.filePath(QStringLiteral("nas"));
        QDir().mkpath(folder);
        m_settings->setValue(Settings::Key::BackupFolder, folder);
        Backup::BackupScheduler scheduler(*m_settings, m_clock, []() -> Result<Backup::BackupScheduler::Job> {
            return fail(ErrorCode::KeychainUnavailable, QStringLiteral("trousseau verrouillé"));
        });
        ShellContext c = context();
        c.backups = &scheduler;
        MainWindow window(c);
        auto* status = window.findChild<QLabel*>(QStringLiteral("status.backup"));
        QVERIFY(status->text().contains(QStringLiteral("Aucune sauvegarde")));
        scheduler.runNow(); // the job cannot be prepared: the failure is shown, not hidden
        QVERIFY2(status->text().contains(QStringLiteral("Échec")), qPrintable(status->text()));
        QCOMPARE(status->toolTip(), QStringLiteral("trousseau verrouillé"));

        m_settings->setValue(Settings::Key::LastBackupSuccess,
                             m_clock.now().addSecs(60).toString(Qt::ISODate));
        QVERIFY2(status->text().startsWith(QStringLiteral("Dernière sauvegarde")),
                 qPrintable(status->text()));
        m_settings->reset(Settings::Key::BackupFolder);
        m_settings->reset(Settings::Key::LastBackupSuccess);
        m_settings->reset(Settings::Key::LastBackupFailure);
    }

    void theTitulaireIsWarnedWhenTheAuditTrailIsBroken()
    {
        // A trail of its own, tampered outside the application.
        const QString path = m_dir.filePath(QStringLiteral("broken-trail.db"));
        auto trailStore = Test::openStore(path, Test::testKey());
        QVERIFY(trailStore);
        Audit::Recorder recorder(*trailStore, m_clock);
        for (int i = 0; i < 5; ++i) {
            Audit::Entry e;
            e.action = Audit::Action::View;
            e.targetType = QStringLiteral("patient");
            QVERIFY(recorder.recordSystem(e));
        }
        QVERIFY(trailStore->exec(QStringLiteral("DROP TRIGGER audit_entry_no_update; "
                                                "UPDATE audit_entry SET detail = 'x' WHERE seq = 3")));
        Audit::BackgroundVerification check(
            [path]() -> Result<std::unique_ptr<Storage::Store>> {
                Storage::StoreOptions options;
                options.path = path;
                return Storage::Store::open(options, Test::testKey());
            },
            nullptr, recorder);

        // A pharmacist sees the status, is not the one warned.
        auto pharmacien = titulaire();
        pharmacien.accountId = QStringLiteral("p1");
        pharmacien.permissions.remove(Commands::Permission::StaffManage);
        m_executor->setActor(pharmacien);
        ShellContext c = context();
        c.auditCheck = &check;
        MainWindow window(c);
        window.show();
        auto* status = window.findChild<QLabel*>(QStringLiteral("status.audit"));
        QVERIFY(status);
        QVERIFY(status->isVisible());
        QVERIFY2(status->text().contains(QStringLiteral("vérification en cours")),
                 qPrintable(status->text()));
        QSignalSpy done(&check, &Audit::BackgroundVerification::finished);
        QVERIFY(check.start(0));
        QVERIFY(done.wait(20000));
        QVERIFY2(status->text().contains(QStringLiteral("ALTÉRÉ")), qPrintable(status->text()));
        QVERIFY(status->toolTip().contains(QStringLiteral("n° 3")));
        QVERIFY(!window.findChild<QMessageBox*>(QStringLiteral("auditTrailWarning")));

        // The titulaire, signing in afterwards, is told at once, and only once.
        m_executor->setActor(titulaire());
        window.refreshStatus();
        auto* warning = window.findChild<QMessageBox*>(QStringLiteral("auditTrailWarning"));
        QVERIFY(warning);
        QVERIFY(warning->isVisible());
        QVERIFY(warning->informativeText().contains(QStringLiteral("n° 3")));
        saveArtifact(*warning, "audit-trail-warning");
        warning->close();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        window.refreshStatus();
        QVERIFY(!window.findChild<QMessageBox*>(QStringLiteral("auditTrailWarning")));

        // A technician neither sees the status nor the warning.
        auto preparateur = titulaire();
        preparateur.accountId = QStringLiteral("r1");
        preparateur.permissions = {Commands::Permission::PatientRead, Commands::Permission::PatientWrite};
        m_executor->setActor(preparateur);
        window.refreshStatus();
        QVERIFY(!status->isVisible());
        m_executor->setActor(titulaire());
    }

    void windowGeometryAndSectionAreRestored()
    {
        {
            MainWindow window(context());
            window.show();
            window.resize(900, 640);
            window.showSection(MainWindow::Section::CareCircle);
            window.close();
        }
        MainWindow again(context());
        again.show();
        QCOMPARE(again.size(), QSize(900, 640));
        QCOMPARE(again.currentSection(), MainWindow::Section::CareCircle);
        again.showSection(MainWindow::Section::Patients);
        again.close();
    }

    void settingsRefuseBadInputAndKeepWhatWasTyped()
    {
        m_passphraseSaved = false;
        ShellContext c = context();
        SettingsDialog dialog(c);
        auto* folder = dialog.findChild<QLineEdit*>(QStringLiteral("settings.backupFolder"));
        auto* pass = dialog.findChild<QLineEdit*>(QStringLiteral("settings.passphrase"));
        auto* confirm = dialog.findChild<QLineEdit*>(QStringLiteral("settings.passphraseConfirm"));
        auto* problem = dialog.findChild<QLabel*>(QStringLiteral("settings.problem"));
        // What the system file decides is shown, not editable.
        QVERIFY(!dialog.findChild<QLineEdit*>(QStringLiteral("settings.syncUrl")));
        QVERIFY(!dialog.findChild<QLineEdit*>(QStringLiteral("settings.pkcs11")));
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("settings.pkcs11")));
        QVERIFY(folder && pass && confirm && problem);
        QCOMPARE(pass->echoMode(), QLineEdit::Password);

        folder->setText(m_dir.filePath(QStringLiteral("does-not-exist")));
        QVERIFY(!dialog.apply());
        QVERIFY(problem->text().contains(QStringLiteral("dossier")));
        QCOMPARE(folder->text(), m_dir.filePath(QStringLiteral("does-not-exist")));

        folder->setText(m_dir.path());

        pass->setText(QStringLiteral("court"));
        confirm->setText(QStringLiteral("court"));
        QVERIFY(!dialog.apply());
        QVERIFY(problem->text().contains(QStringLiteral("12 caractères")));
        dialog.show();
        saveArtifact(dialog, "settings-weak-passphrase");
        QVERIFY(!m_passphraseSaved);

        pass->setText(QStringLiteral("Pharmacie-du-Port-1987"));
        confirm->setText(QStringLiteral("Pharmacie-du-Port-1988"));
        QVERIFY(!dialog.apply());
        QVERIFY(problem->text().contains(QStringLiteral("diffèrent")));

        confirm->setText(QStringLiteral("Pharmacie-du-Port-1987"));
        QVERIFY(dialog.apply());
        QVERIFY(m_passphraseSaved);
        QVERIFY(pass->text().isEmpty()); // not kept in the widget once saved
        QCOMPARE(m_settings->string(Settings::Key::BackupFolder), m_dir.path());
        // Two commands, two entries: the passphrase and the folder, each named, never valued.
        Audit::Filter changes;
        changes.action = Audit::Action::SettingsChange;
        auto recorded = Audit::Trail(*m_store).find(changes);
        QCOMPARE(recorded->size(), size_t(2));
        QCOMPARE(recorded->at(0).fields, QStringList {Settings::name(Settings::Key::BackupFolder)});
        QCOMPARE(recorded->at(1).fields, QStringList {QStringLiteral("Backup/Passphrase")});
        // OK again without a change records nothing.
        QVERIFY(dialog.apply());
        QCOMPARE(Audit::Trail(*m_store).find(changes)->size(), size_t(2));
        m_settings->reset(Settings::Key::BackupFolder);
    }

    void settingsAreReadOnlyWithoutThePermission()
    {
        auto actor = titulaire();
        actor.permissions.remove(Commands::Permission::SettingsManage);
        m_executor->setActor(actor);
        ShellContext c = context();
        SettingsDialog dialog(c);
        auto* folder = dialog.findChild<QLineEdit*>(QStringLiteral("settings.backupFolder"));
        QVERIFY(!folder->isEnabled());
        auto* buttons = dialog.findChild<QDialogButtonBox*>(QStringLiteral("settings.buttons"));
        QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
        // The disabled widgets are comfort: the command refuses, and the refusal is recorded.
        Audit::Filter changes;
        changes.action = Audit::Action::SettingsChange;
        const size_t before = Audit::Trail(*m_store).find(changes)->size();
        dialog.findChild<QSpinBox*>(QStringLiteral("settings.inactivity"))->setValue(3600);
        QVERIFY(!dialog.apply());
        QCOMPARE(m_settings->integer(Settings::Key::InactivityLockSeconds), 300);
        auto after = Audit::Trail(*m_store).find(changes);
        QCOMPARE(after->size(), before + 1);
        QCOMPARE(after->front().outcome, Audit::Outcome::Refused);
        m_executor->setActor(titulaire());
    }

    void retentionPeriodsAreChangedWithinTheLegalFloorAndAudited()
    {
        ShellContext c = context();
        RetentionDialog dialog(c);
        dialog.show();
        saveArtifact(dialog, "retention-dialog");
        auto* sharedArchive = dialog.findChild<QSpinBox*>(QStringLiteral("retention.archive.shared_care"));
        auto* auditActive = dialog.findChild<QSpinBox*>(QStringLiteral("retention.active.audit"));
        QVERIFY(sharedArchive);
        QVERIFY(auditActive);
        QCOMPARE(sharedArchive->value(), 32);
        QVERIFY(sharedArchive->isEnabled());

        // Below the 10-year floor of the audit trail: refused, said, and what was typed stays.
        sharedArchive->setValue(40);
        auditActive->setValue(6); // 6 + 108 months
        QVERIFY(!dialog.apply());
        auto* problem = dialog.findChild<QLabel*>(QStringLiteral("retention.problem"));
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QStringLiteral("Journal de traçabilité")),
                 qPrintable(problem->text()));
        QCOMPARE(auditActive->value(), 6);
        QCOMPARE(sharedArchive->value(), 40);
        QCOMPARE(Retention::loadRule(*m_store, Retention::Category::AuditTrail)->activeMonths, 12);
        // The change that was allowed is saved, and in the trail with the field's name.
        QCOMPARE(Retention::loadRule(*m_store, Retention::Category::SharedCare)->archiveMonths, 40);
        Audit::Filter changes;
        changes.action = Audit::Action::SettingsChange;
        auto recorded = Audit::Trail(*m_store).find(changes);
        QVERIFY(recorded && !recorded->empty());
        QCOMPARE(recorded->front().targetUuid, Retention::categoryId(Retention::Category::SharedCare));

        auditActive->setValue(12);
        QVERIFY(dialog.apply());
        QVERIFY(!problem->isVisible());

        // Read-only without the permission.
        auto actor = titulaire();
        actor.permissions.remove(Commands::Permission::SettingsManage);
        m_executor->setActor(actor);
        RetentionDialog readOnly(c);
        QVERIFY(!readOnly.findChild<QSpinBox*>(QStringLiteral("retention.archive.shared_care"))->isEnabled());
        m_executor->setActor(titulaire());
        // Back to the default for the other tests.
        sharedArchive->setValue(32);
        QVERIFY(dialog.apply());
    }

    void aboutShowsTheVersion()
    {
        AboutDialog about(true, m_dir.filePath(QStringLiteral("gui.db")));
        about.show();
        saveArtifact(about, "about");
        auto* text = about.findChild<QLabel*>(QStringLiteral("about.text"));
        QVERIFY(text->text().contains(QStringLiteral(OFFICINE_VERSION)));
        QVERIFY(text->text().contains(QStringLiteral("fictives")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
