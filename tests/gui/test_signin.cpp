// The window's sign-in and locking, on real widgets (offscreen), through a real pcscd with
// vsmartcard-vpcd and our card emulator.

#include "../harness/insisimulator.h"
#include "../harness/pcscharness.h"
#include "../unit/testutil.h"
#include "administrationpage.h"
#include "audit/audittrail.h"
#include "audit/auditverifier.h"
#include "audit/checkpointer.h"
#include "audit/sessionaudit.h"
#include "auth/cardbinder.h"
#include "auth/cardsignin.h"
#include "auth/checkpointsigning.h"
#include "auth/fallbacksignin.h"
#include "auth/sessionmanager.h"
#include "auth/signinflow.h"
#include "auth/totp.h"
#include "commands/commandexecutor.h"
#include "commands/staffcommands.h"
#include "demo/demogenerator.h"
#include "mainwindow.h"
#include "owncredentialsdialog.h"
#include "patientspage.h"
#include "patienttablemodel.h"
#include "pcsc.h"
#include "pindialog.h"
#include "readermonitor.h"
#include "services/patientdirectory.h"
#include "services/staffdirectory.h"
#include "settings/settings.h"
#include "staffaccountdialog.h"
#include "storage/patientrepository.h"
#include "storage/staffrepository.h"
#include "translations.h"
#include "workstation.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace Officine;
using namespace Officine::Ui;

namespace {
/// Every text the window's widget tree holds: labels, line edits, item views' models.
QStringList textsIn(QWidget* root)
{
    QStringList texts;
    for (QLabel* l : root->findChildren<QLabel*>()) {
        texts << l->text();
    }
    for (QLineEdit* e : root->findChildren<QLineEdit*>()) {
        texts << e->text();
    }
    for (QAbstractItemView* v : root->findChildren<QAbstractItemView*>()) {
        if (QAbstractItemModel* m = v->model()) {
            for (int r = 0; r < m->rowCount(); ++r) {
                for (int c = 0; c < m->columnCount(); ++c) {
                    texts << m->index(r, c).data().toString();
                }
            }
        }
    }
    return texts;
}
} // namespace

class TestSignIn : public QObject
{
    Q_OBJECT

private:
    Test::PcscHarness m_harness;
    QTemporaryDir m_dir;
    FakeClock m_clock {QDateTime::currentDateTimeUtc()};
    std::unique_ptr<Storage::Store> m_store;
    std::unique_ptr<Settings> m_settings;
    /// The application's own service graph (app/workstation), not a copy of its wiring.
    std::unique_ptr<App::Workstation> m_workstation;
    Commands::CommandExecutor* m_executor = nullptr;
    Auth::SessionManager* m_sessions = nullptr;
    Auth::SignInFlow* m_flow = nullptr;
    SmartCard::ReaderMonitor* m_monitor = nullptr;
    Auth::CheckpointSigning* m_checkpoints = nullptr;
    ShellContext m_context;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<Test::EmulatorProcess> m_card;
    QString m_patientName;
    std::unique_ptr<Test::InsiSimulator> m_insi; ///< trusting the harness's card authority

    /// Entries of `action` in the trail (all accounts, all patients).
    qsizetype entries(Audit::Action action, const QString& detail = {})
    {
        Audit::Filter f;
        f.action = action;
        auto found = Audit::Trail(*m_store).find(f);
        if (!found) {
            return -1;
        }
        return std::count_if(found->begin(), found->end(), [&detail](const Audit::Entry& e) {
            return detail.isEmpty() || e.detail == detail;
        });
    }

    QString reader() const { return QString::fromLatin1(Test::PcscHarness::readerName); }

    void insert(const QString& card)
    {
        m_card.reset();
        // pcscd must have seen the previous card leave, or the new one is no insertion at all.
        auto context = SmartCard::PcscContext::establish();
        QVERIFY(context);
        QTRY_VERIFY_WITH_TIMEOUT(!SmartCard::PcscCard::connect(**context, reader()), 5000);
        m_card = m_harness.card(card);
        QVERIFY(m_card->waitFor("inserted"));
    }
    void remove()
    {
        m_card->send("remove");
        QVERIFY(m_card->waitFor("removed"));
    }
    void typePin(const char* pin)
    {
        auto* field = m_window->findChild<QLineEdit*>(QStringLiteral("lock.pin"));
        QVERIFY(field);
        QTRY_VERIFY_WITH_TIMEOUT(field->isVisible() && field->isEnabled(), 10000);
        field->clear();
        QTest::keyClicks(field, QString::fromLatin1(pin));
        QTest::keyClick(field, Qt::Key_Return);
    }
    QString startInsiSimulator()
    {
        const QString persons = m_dir.filePath(QStringLiteral("insi-persons.json"));
        QFile trust(m_dir.filePath(QStringLiteral("insi-trust.pem")));
        if (!Test::writeInsiPersons(
                persons,
                {Test::insiPerson("297022A02077878", "ADRTROIS", "DOMINIQUE", "F", "1997-02-26", "2A020")})
            || !trust.open(QIODevice::WriteOnly)) {
            return {};
        }
        for (const char* name : {"/root.pem", "/intermediate.pem"}) {
            QFile pem(m_harness.trustDir() + QString::fromLatin1(name));
            if (pem.open(QIODevice::ReadOnly)) {
                trust.write(pem.readAll());
            }
        }
        trust.close();
        m_insi = Test::startInsiSimulator(persons, {QStringLiteral("--trust"), trust.fileName()});
        return m_insi->url.toString();
    }

    void signIn(const QString& card, const char* pin)
    {
        insert(card);
        typePin(pin);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->isLocked(), 10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_harness.start());
        QVERIFY(Translations::install(QStringLiteral("fr")));
        m_store = Test::openStore(m_dir.filePath(QStringLiteral("gui.db")), Test::testKey());
        Demo::DemoGenerator gen(3);
        QVERIFY(gen.populate(*m_store, 40, {m_store->workstationId(), m_clock.now()}));
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("gui.conf")));
        App::Workstation::Options options;
        options.store = m_store.get();
        options.clock = &m_clock;
        options.settings = m_settings.get();
        options.storePath = m_dir.filePath(QStringLiteral("gui.db"));
        options.trust = Auth::TrustDir::load(m_harness.trustDir());
        QCOMPARE(options.trust.roots.size(), 1);
        options.insiUrl = startInsiSimulator();
        QVERIFY(!options.insiUrl.isEmpty());
        m_workstation = std::make_unique<App::Workstation>(std::move(options));
        m_executor = &m_workstation->executor();
        m_sessions = m_workstation->sessions();
        m_flow = m_workstation->signInFlow();
        m_monitor = m_workstation->readerMonitor();
        m_checkpoints = m_workstation->checkpointSigning();
        // The pharmacy's team: the titulaire's and the technician's cards are bound.
        m_executor->setActor(Commands::Actor {QStringLiteral("setup"), QString(), QString(),
                                              Auth::permissionsOf(Auth::Role::Titulaire)});
        const Model::StaffAccount titulaire = Test::claireDemoTitulaire();
        Commands::CreateStaffAccountCommand a(titulaire);
        QVERIFY(m_executor->execute(a));
        Model::StaffAccount tech;
        tech.familyName = QStringLiteral("Test");
        tech.givenName = QStringLiteral("Léa");
        tech.role = Auth::Role::Preparateur;
        tech.idNatPs = QStringLiteral("3990000002/0042");
        Commands::CreateStaffAccountCommand b(tech);
        QVERIFY(m_executor->execute(b));
        m_executor->setActor(std::nullopt);
        m_context = m_workstation->shellContext();
        m_workstation->start();
        const ShellContext& c = m_context;
        m_window = std::make_unique<MainWindow>(c);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        auto first = Storage::PatientRepository(*m_store).list(0, 1);
        m_patientName = first->front().birthFamilyName.toUpper();
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_workstation->stop();
        m_card.reset();
        m_insi.reset();
    }

    void startsLockedAndSignsInWithTheCardAndItsPin()
    {
        QVERIFY(m_window->isLocked());
        QVERIFY(!m_window->findChild<QTableView*>(QStringLiteral("patients.table")));
        insert(QStringLiteral("titulaire"));
        auto* holder = m_window->findChild<QLabel*>(QStringLiteral("lock.holder"));
        QTRY_VERIFY_WITH_TIMEOUT(holder->isVisible() && holder->text().contains(QStringLiteral("CLAIRE")),
                                 10000);
        auto* tries = m_window->findChild<QLabel*>(QStringLiteral("lock.tries"));
        QVERIFY(tries->text().contains(QStringLiteral("3 essais")));
        QCOMPARE(m_window->findChild<QLineEdit*>(QStringLiteral("lock.pin"))->echoMode(),
                 QLineEdit::Password);

        typePin("9999");
        auto* message = m_window->findChild<QLabel*>(QStringLiteral("lock.message"));
        QTRY_VERIFY_WITH_TIMEOUT(message->isVisible() && message->text().contains(QStringLiteral("2 essais")),
                                 10000);
        QVERIFY(m_window->isLocked());
        typePin("1234");
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->isLocked(), 10000);
        QVERIFY(m_window->patientsPage());
        QTRY_VERIFY(m_window->patientsPage()->model()->rowCount() > 0);
        auto* staff = m_window->findChild<QLabel*>(QStringLiteral("status.staff"));
        QVERIFY(staff->text().contains(QStringLiteral("Claire")));
        QVERIFY(textsIn(m_window.get()).join(u'\n').contains(m_patientName));
        // In the trail: the wrong PIN, the sign-in; the list the sign-in showed opened no file.
        QCOMPARE(entries(Audit::Action::LoginFailed), 1);
        QCOMPARE(entries(Audit::Action::Login, QStringLiteral("method=card")), 1);
        QCOMPARE(entries(Audit::Action::View), 0);
        QVERIFY(m_window->patientsPage()->openPatient().isEmpty());
    }

    void pullingTheCardLocksAndLeavesNoPatientInTheWidgetTree()
    {
        QVERIFY(!m_window->isLocked());
        remove();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isLocked(), 5000);
        QVERIFY(!m_executor->actor());
        QCOMPARE(entries(Audit::Action::Lock, QStringLiteral("CardRemoved")), 1);
        QCOMPARE(entries(Audit::Action::Lock), 1);
        const QString everything = textsIn(m_window.get()).join(u'\n');
        QVERIFY2(!everything.contains(m_patientName), "a patient's name is still in the locked window");
        QVERIFY(!m_window->findChild<QTableView*>(QStringLiteral("patients.table")));
        QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("lock.reason"))
                    ->text()
                    .contains(QStringLiteral("Carte retirée")));
        // Ctrl+1 does nothing while locked.
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
        QVERIFY(m_window->isLocked());
    }

    void inactivityLocksOnTheInjectedClock()
    {
        signIn(QStringLiteral("titulaire"), "1234");
        m_clock.advanceSeconds(Auth::SessionManager::defaultInactivitySeconds - 10);
        // Two checks of the inactivity timer pass, 10 s short of the limit: still open.
        auto* ticker = m_window->findChild<QTimer*>(QStringLiteral("inactivityTimer"));
        QVERIFY(ticker);
        QSignalSpy ticks(ticker, &QTimer::timeout);
        QVERIFY(ticks.wait(5000));
        QVERIFY(ticks.wait(5000));
        QVERIFY(!m_window->isLocked());
        m_clock.advanceSeconds(10);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isLocked(), 2000);
        QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("lock.reason"))
                    ->text()
                    .contains(QStringLiteral("inactivité")));
        QVERIFY(!textsIn(m_window.get()).join(u'\n').contains(m_patientName));
        QCOMPARE(entries(Audit::Action::Lock, QStringLiteral("Inactivity")), 1);
        // The card is still in the reader: its PIN unlocks, back where she was.
        const qsizetype unlocks = entries(Audit::Action::Unlock);
        typePin("1234");
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->isLocked(), 10000);
        QVERIFY(textsIn(m_window.get()).join(u'\n').contains(m_patientName));
        QCOMPARE(entries(Audit::Action::Unlock), unlocks + 1);
        QCOMPARE(entries(Audit::Action::View), 0); // signing in twice and unlocking opened no file
        remove();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isLocked(), 5000);
    }

    void theTitulaireCreatesAnAccountAndBindsTheNewCardFromASecondReader()
    {
        signIn(QStringLiteral("titulaire"), "1234");
        // Hugo's card goes into the second reader while she keeps hers in the first.
        auto hugo = m_harness.cardInSecondReader(QStringLiteral("pharmacien"));
        QVERIFY(hugo->waitFor("inserted"));
        const QString second = QString::fromLatin1(Test::PcscHarness::secondReaderName);
        QTRY_VERIFY_WITH_TIMEOUT(m_monitor->readersWithCard().contains(second), 5000);
        QVERIFY(!m_window->isLocked()); // another card while she works is no sign-in
        QCOMPARE(m_flow->step(), Auth::SignInFlow::Step::Idle);

        StaffAccountDialog dialog(m_context);
        auto* reader = dialog.findChild<QComboBox*>(QStringLiteral("staff.reader"));
        QCOMPARE(reader->count(), 1);
        QCOMPARE(reader->currentText(), second); // never her own reader
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("staff.readCard")), Qt::LeftButton);
        auto* card = dialog.findChild<QLabel*>(QStringLiteral("staff.card"));
        QTRY_VERIFY_WITH_TIMEOUT(card->text().contains(QStringLiteral("810000000009")), 10000);
        QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("staff.family"))->text(),
                 QStringLiteral("Essai"));
        QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("staff.given"))->text(), QStringLiteral("Hugo"));
        QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("staff.rpps"))->text(),
                 QStringLiteral("10000000009"));
        auto* role = dialog.findChild<QComboBox*>(QStringLiteral("staff.role"));
        role->setCurrentIndex(role->findData(Auth::roleId(Auth::Role::Pharmacien)));
        QVERIFY(dialog.apply());
        auto bound = Storage::StaffRepository(*m_store).findByCard(QStringLiteral("810000000009"));
        QVERIFY(bound && bound->has_value());
        QCOMPARE((*bound)->role, Auth::Role::Pharmacien);

        // Reading it again: already bound, said so.
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("staff.readCard")), Qt::LeftButton);
        auto* problem = dialog.findChild<QLabel*>(QStringLiteral("staff.problem"));
        QTRY_VERIFY_WITH_TIMEOUT(
            !problem->isHidden() && problem->text().contains(QStringLiteral("déjà associée")), 10000);

        // Hugo can now sign in with his card and his PIN.
        hugo->send("remove");
        QVERIFY(hugo->waitFor("removed"));
        hugo.reset();
        remove();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isLocked(), 5000);
        signIn(QStringLiteral("pharmacien"), "2345");
        QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("status.staff"))
                    ->text()
                    .contains(QStringLiteral("Hugo")));
        QVERIFY(!m_executor->allowed(Commands::Permission::StaffManage));
        remove();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isLocked(), 5000);

        // The titulaire deactivates his account: his card no longer opens a session.
        signIn(QStringLiteral("titulaire"), "1234");
        m_window->showSection(Workspace::Section::Administration);
        auto* page = m_window->findChild<AdministrationPage*>();
        QStringList asked;
        page->setConfirmation([&asked](const QString& q) {
            asked << q;
            return true;
        });
        auto* table = m_window->findChild<QTableWidget*>(QStringLiteral("administration.staff"));
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->item(r, 0)->text().contains(QStringLiteral("Hugo"))) {
                table->selectRow(r);
            }
        }
        QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("administration.deactivate")),
                          Qt::LeftButton);
        QCOMPARE(asked.size(), 1);
        QVERIFY(asked.first().contains(QStringLiteral("HUGO"))
                || asked.first().contains(QStringLiteral("Hugo")));
        QVERIFY(!Storage::StaffRepository(*m_store).findByCard(QStringLiteral("810000000009"))->has_value());
        m_window->showSection(Workspace::Section::Patients);
        remove();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isLocked(), 5000);
        insert(QStringLiteral("pharmacien"));
        auto* message = m_window->findChild<QLabel*>(QStringLiteral("lock.message"));
        QTRY_VERIFY_WITH_TIMEOUT(
            !message->isHidden() && message->text().contains(QStringLiteral("désactivé")), 10000);
        remove();
    }

    void aForgottenCardSignsInWithPasswordAndOneTimeCode()
    {
        signIn(QStringLiteral("titulaire"), "1234");
        const auto* session = m_sessions->current();
        QVERIFY(session);
        // She enrols: password, then the code her phone shows after scanning the QR code.
        OwnCredentialsDialog enrol(m_context, session->account.meta.uuid, session->account.displayName());
        auto* qr = enrol.findChild<QLabel*>(QStringLiteral("credentials.qr"));
        QVERIFY(!qr->pixmap().isNull());
        enrol.findChild<QLineEdit*>(QStringLiteral("credentials.password"))
            ->setText(QStringLiteral("Pharma-2026!"));
        enrol.findChild<QLineEdit*>(QStringLiteral("credentials.confirm"))
            ->setText(QStringLiteral("Pharma-2026!"));
        enrol.findChild<QLineEdit*>(QStringLiteral("credentials.code"))->setText(QStringLiteral("000000"));
        QVERIFY(!enrol.apply()); // a wrong code: refused, nothing saved
        enrol.findChild<QLineEdit*>(QStringLiteral("credentials.code"))
            ->setText(Auth::Totp::code(enrol.secretForTests(), m_clock.now().toSecsSinceEpoch()));
        QVERIFY(enrol.apply());
        const QByteArray secret = enrol.secretForTests().toByteArray();

        // The titulaire allows it for her account (Administration, team table).
        m_window->showSection(Workspace::Section::Administration);
        auto* table = m_window->findChild<QTableWidget*>(QStringLiteral("administration.staff"));
        QVERIFY(table && table->rowCount() >= 2);
        if (qEnvironmentVariableIsSet("OFFICINE_TEST_ARTIFACTS")) {
            m_window->resize(1280, 900);
            m_window->grab().save(qEnvironmentVariable("OFFICINE_TEST_ARTIFACTS")
                                  + QStringLiteral("/administration.png"));
        }
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->item(r, 0)->text().contains(QStringLiteral("Claire"))) {
                table->selectRow(r);
            }
        }
        QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("administration.allowFallback")),
                          Qt::LeftButton);
        QVERIFY(Storage::StaffRepository(*m_store).get(session->account.meta.uuid)->fallbackAllowed);
        m_window->showSection(Workspace::Section::Patients);

        // Card pulled; she signs in without it.
        remove();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isLocked(), 5000);
        QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("lock.forgotCard")),
                          Qt::LeftButton);
        auto* account = m_window->findChild<QComboBox*>(QStringLiteral("lock.fallbackAccount"));
        QCOMPARE(account->count(), 1);
        QVERIFY(account->currentText().contains(QStringLiteral("Claire")));
        auto* password = m_window->findChild<QLineEdit*>(QStringLiteral("lock.fallbackPassword"));
        auto* code = m_window->findChild<QLineEdit*>(QStringLiteral("lock.fallbackCode"));
        QTest::keyClicks(password, QStringLiteral("Pharma-2026?"));
        QTest::keyClicks(code, Auth::Totp::code(secret, m_clock.now().toSecsSinceEpoch()));
        QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("lock.fallbackOk")),
                          Qt::LeftButton);
        QVERIFY(m_window->isLocked());
        QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("lock.message"))
                    ->text()
                    .contains(QStringLiteral("incorrect")));
        QVERIFY(password->text().isEmpty()); // never left in the field
        m_clock.advanceSeconds(30);
        QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("lock.forgotCard")),
                          Qt::LeftButton);
        QTest::keyClicks(password, QStringLiteral("Pharma-2026!"));
        QTest::keyClicks(code, Auth::Totp::code(secret, m_clock.now().toSecsSinceEpoch()));
        QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("lock.fallbackOk")),
                          Qt::LeftButton);
        QVERIFY(!m_window->isLocked());
        QVERIFY(m_sessions->current()->viaFallback);
        QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("status.staff"))
                    ->text()
                    .contains(QStringLiteral("Claire")));
        m_sessions->lock(Auth::SessionManager::LockReason::UserRequest);
        QVERIFY(m_window->isLocked());
    }

    void theTitulaireEditsAnAccountButKeepsATitulaire()
    {
        signIn(QStringLiteral("titulaire"), "1234");
        Storage::StaffRepository repo(*m_store);
        auto lea = repo.findByCard(QStringLiteral("3990000002/0042"));
        QVERIFY(lea && lea->has_value());
        StaffAccountDialog edit(m_context, **lea);
        QCOMPARE(edit.findChild<QLineEdit*>(QStringLiteral("staff.given"))->text(), QStringLiteral("Léa"));
        auto* role = edit.findChild<QComboBox*>(QStringLiteral("staff.role"));
        role->setCurrentIndex(role->findData(Auth::roleId(Auth::Role::Etudiant)));
        QVERIFY(edit.apply());
        auto edited = repo.get((*lea)->meta.uuid);
        QCOMPARE(edited->role, Auth::Role::Etudiant);
        QCOMPARE(edited->idNatPs, QStringLiteral("3990000002/0042")); // her card stays bound
        QCOMPARE(edited->meta.revision, (*lea)->meta.revision + 1);
        role->setCurrentIndex(role->findData(Auth::roleId(Auth::Role::Preparateur)));
        QVERIFY(edit.apply()); // a second change from the same dialog starts from the new revision

        // The only titulaire cannot demote herself.
        auto claire = repo.findByCard(QStringLiteral("810012345673"));
        StaffAccountDialog self(m_context, **claire);
        auto* selfRole = self.findChild<QComboBox*>(QStringLiteral("staff.role"));
        selfRole->setCurrentIndex(selfRole->findData(Auth::roleId(Auth::Role::Pharmacien)));
        QVERIFY(!self.apply());
        QVERIFY(self.findChild<QLabel*>(QStringLiteral("staff.problem"))
                    ->text()
                    .contains(QStringLiteral("titulaire")));
        QCOMPARE(repo.get((*claire)->meta.uuid)->role, Auth::Role::Titulaire);
        remove();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isLocked(), 5000);
    }

    void switchingUserByCardKeepsEachPersonsInputApart()
    {
        signIn(QStringLiteral("titulaire"), "1234");
        QLineEdit* search = m_window->patientsPage()->searchField();
        QTest::keyClicks(search, QStringLiteral("dup je"));
        remove();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isLocked(), 5000);

        signIn(QStringLiteral("preparateur"), "3456");
        QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("status.staff"))
                    ->text()
                    .contains(QStringLiteral("Léa")));
        QCOMPARE(m_window->patientsPage()->searchField()->text(), QString()); // not the titulaire's input
        QVERIFY(!textsIn(m_window.get()).contains(QStringLiteral("dup je")));
        QTest::keyClicks(m_window->patientsPage()->searchField(), QStringLiteral("mar"));
        QVERIFY(!m_executor->allowed(Commands::Permission::StaffManage));
        remove();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isLocked(), 5000);

        signIn(QStringLiteral("titulaire"), "1234");
        QCOMPARE(m_window->patientsPage()->searchField()->text(), QStringLiteral("dup je")); // hers, kept
        QVERIFY(m_executor->allowed(Commands::Permission::StaffManage));
        remove();
    }

    void aPharmacistSignsTheTrailOnceADayAtSignInAndTheTitulaireOnDemand()
    {
        m_checkpoints->wait(); // earlier sign-ins may have signed today's
        auto count
            = [this]() { return *m_store->scalar(QStringLiteral("SELECT count(*) FROM audit_checkpoint")); };
        QTRY_VERIFY_WITH_TIMEOUT(!m_checkpoints->isRunning(), 10000);
        const qint64 before = count();
        QSignalSpy signedHeads(m_checkpoints, &Auth::CheckpointSigning::signedHead);
        QSignalSpy failures(m_checkpoints, &Auth::CheckpointSigning::failed);

        // A new day: the pharmacist's sign-in signs the chain's head with the same PIN.
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isLocked(), 5000);
        m_clock.advanceDays(1);
        signIn(QStringLiteral("titulaire"), "1234");
        QTRY_COMPARE_WITH_TIMEOUT(count(), before + 1, 10000);
        QCOMPARE(signedHeads.size(), 1);
        QCOMPARE(failures.size(), 0);
        auto last = Audit::Trail(*m_store).lastCheckpoint();
        QVERIFY(last && *last);
        QCOMPARE((*last)->signerNationalId, QStringLiteral("810012345673"));
        remove();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isLocked(), 5000);

        // The same day, the next sign-in does not sign again (the flow decides as the session
        // opens, before it says signedIn).
        QSignalSpy sameDay(m_flow, &Auth::SignInFlow::signedIn);
        signIn(QStringLiteral("titulaire"), "1234");
        QTRY_COMPARE_WITH_TIMEOUT(sameDay.count(), 1, 10000);
        QVERIFY(!m_checkpoints->isRunning());
        QCOMPARE(count(), before + 1);

        // On demand (Fichier › Signer le journal), PIN typed in its own dialog.
        QAction* action = m_window->findChild<QAction*>(QStringLiteral("action.signAuditTrail"));
        QVERIFY(action);
        QVERIFY(action->isEnabled());
        auto answerPin = [](const char* pin) {
            QTimer::singleShot(200, [pin]() {
                auto* dialog = qobject_cast<PinDialog*>(QApplication::activeModalWidget());
                QVERIFY(dialog);
                auto* field = dialog->findChild<QLineEdit*>(QStringLiteral("pin.code"));
                QCOMPARE(field->echoMode(), QLineEdit::Password);
                QTest::keyClicks(field, QString::fromLatin1(pin));
                dialog->accept();
            });
        };
        answerPin("1234");
        action->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(count(), before + 2, 10000);
        QCOMPARE(signedHeads.size(), 2);

        // A wrong PIN: nothing signed, the refusal is in the trail and in the status bar.
        answerPin("0000");
        action->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(failures.size(), 1, 10000);
        QCOMPARE(count(), before + 2);
        QCOMPARE(failures.first().first().value<Error>().code, ErrorCode::CardPinWrong);
        Audit::Filter refused;
        refused.action = Audit::Action::Checkpoint;
        auto entries = Audit::Trail(*m_store).find(refused);
        QVERIFY(entries);
        QVERIFY(std::any_of(entries->begin(), entries->end(), [](const Audit::Entry& e) {
            return e.outcome == Audit::Outcome::Refused && e.nationalId == QStringLiteral("810012345673");
        }));
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("pas été signé")));
        answerPin("1234"); // the right PIN restores the card's tries
        action->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(count(), before + 3, 10000);
        remove();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isLocked(), 5000);

        // A technician's card signs nothing, and the action is not theirs.
        m_clock.advanceDays(1);
        QSignalSpy technician(m_flow, &Auth::SignInFlow::signedIn);
        signIn(QStringLiteral("preparateur"), "3456");
        QTRY_COMPARE_WITH_TIMEOUT(technician.count(), 1, 10000);
        QVERIFY(!m_checkpoints->isRunning());
        QCOMPARE(count(), before + 3);
        QVERIFY(!action->isEnabled());
        remove();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isLocked(), 5000);

        // The whole trail verifies, every checkpoint against the trusted card authority.
        const Auth::TrustDir trust = Auth::TrustDir::load(m_harness.trustDir());
        const Auth::CardVerifier anchors(m_clock, trust.roots, trust.intermediates);
        auto report = Audit::Verifier(*m_store, &anchors).run();
        QVERIFY(report);
        QVERIFY2(report->intact(), qPrintable(report->summary()));
        QCOMPARE(report->checkpoints, int(count()));
        QCOMPARE(report->checkpointsUnanchored, 0);
    }

    void theSignedInCardAuthenticatesTheInsiRequest()
    {
        // The application's own wiring (Workstation::insiAccess): the session's reader, the card
        // behind a real pcscd, its PIN; the simulator checks the signature and the chain.
        // The simulator checks the assertion's time against its own clock; earlier tests moved ours.
        m_clock.set(QDateTime::currentDateTimeUtc());
        signIn(QStringLiteral("titulaire"), "1234");
        const Insi::Access access = m_workstation->insiAccess();
        QVERIFY(access.service && access.service->isConfigured());
        QVERIFY(access.caller && access.needsPin);
        Model::Patient p;
        p.birthFamilyName = QStringLiteral("Adrtrois");
        p.givenNames = QStringLiteral("Dominique");
        p.sex = Model::Sex::Female;
        p.birthDate = Model::BirthDate(1997, 2, 26);
        auto ask = [&](const char* pin) -> Result<Insi::Answer> {
            auto caller = access.caller(std::make_shared<const SecureBuffer>(Test::secret(pin)));
            if (!caller) {
                return fail(caller.error());
            }
            std::optional<Result<Insi::Answer>> got;
            QObject context;
            access.service->query(Insi::Request::fromPatient(Insi::Operation::Traits, p), std::move(*caller),
                                  &context, [&](Result<Insi::Answer> r) { got = std::move(r); });
            [&] { QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 30000); }();
            return got ? *got : fail(ErrorCode::Internal, QStringLiteral("no answer"));
        };
        auto answer = ask("1234");
        QVERIFY2(answer, qPrintable(answer ? QString() : answer.error().logText));
        QCOMPARE(answer->outcome, Insi::Outcome::Found);
        QCOMPARE(answer->identity->matricule, QStringLiteral("297022A02077878"));
        // A wrong PIN: the card refuses to sign, nothing is sent.
        auto wrong = ask("9999");
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, ErrorCode::CardPinWrong);
        // Signing in again resets the card's PIN counter for the tests that follow.
        signIn(QStringLiteral("titulaire"), "1234");
    }
};

QTEST_MAIN(TestSignIn)
#include "test_signin.moc"
