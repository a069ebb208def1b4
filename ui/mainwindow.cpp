#include "mainwindow.h"

#include "aboutdialog.h"
#include "administrationpage.h"
#include "audit/backgroundverification.h"
#include "auth/checkpointsigning.h"
#include "auth/role.h"
#include "auth/sessionmanager.h"
#include "auth/signinflow.h"
#include "backup/backupscheduler.h"
#include "commands/commandexecutor.h"
#include "lockscreen.h"
#include "logging/logging.h"
#include "owncredentialsdialog.h"
#include "patientspage.h"
#include "pindialog.h"
#include "services/patientdirectory.h"
#include "services/staffdirectory.h"
#include "settings/settings.h"
#include "settingsdialog.h"
#include "staffaccountdialog.h"
#include "syncdialog.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace Officine::Ui {

MainWindow::MainWindow(ShellContext context, QWidget* parent)
    : QMainWindow(parent)
    , m_context(std::move(context))
    , m_shell(new QStackedWidget(this))
    , m_staffStatus(new QLabel(this))
    , m_storeStatus(new QLabel(this))
    , m_syncStatus(new QLabel(this))
    , m_syncProgress(new QProgressBar(this))
    , m_backupStatus(new QLabel(this))
    , m_auditStatus(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(m_context.demo ? tr("Officine — Pharmacie de démonstration (données fictives)")
                                  : tr("Officine"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/officine.svg")));

    m_shell->setObjectName(QStringLiteral("shell"));
    auto* central = new QWidget(this);
    auto* outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    if (m_context.demo) {
        auto* banner = new QLabel(tr("Pharmacie de démonstration : toutes les personnes et données affichées "
                                     "sont fictives."),
                                  central);
        banner->setObjectName(QStringLiteral("demoBanner"));
        banner->setAlignment(Qt::AlignCenter);
        banner->setStyleSheet(
            QStringLiteral("background:#fff3cd; color:#5c4400; padding:6px; font-weight:bold;"));
        outer->addWidget(banner);
    }
    outer->addWidget(m_shell, 1);
    setCentralWidget(central);

    buildActions();
    buildStatusBar();

    if (m_context.sessions && m_context.signIn) {
        m_lockScreen = new LockScreen(*m_context.signIn, m_shell);
        if (m_context.demo) {
            m_lockScreen->setHint(
                tr("<b>Démonstration</b> : insérez une carte émulée depuis un terminal avec "
                   "<code>scripts/demo-card.sh insert titulaire</code> (code porteur 1234), "
                   "<code>pharmacien</code> (2345) ou <code>preparateur</code> (3456) ; "
                   "<code>scripts/demo-card.sh remove</code> la retire."));
        }
        m_shell->addWidget(m_lockScreen);
        connect(m_context.sessions, &Auth::SessionManager::locked, this,
                [this](Auth::SessionManager::LockReason reason) {
                    lockWorkspace();
                    m_lockScreen->setReason(reason == Auth::SessionManager::LockReason::Inactivity
                                                ? tr("Session verrouillée après une période d'inactivité.")
                                                : reason == Auth::SessionManager::LockReason::CardRemoved
                                                ? tr("Carte retirée : session verrouillée.")
                                                : tr("Session verrouillée."));
                });
        connect(m_context.sessions, &Auth::SessionManager::sessionOpened, this,
                [this](const QString& account) { showWorkspaceOf(account); });
        connect(m_context.sessions, &Auth::SessionManager::sessionEnded, this,
                [this](const QString& account) {
                    lockWorkspace();
                    delete m_workspaces.take(account);
                });
        // Any keyboard or mouse activity postpones the inactivity lock; a timer checks it.
        qApp->installEventFilter(this);
        auto* ticker = new QTimer(this);
        ticker->setObjectName(QStringLiteral("inactivityTimer"));
        connect(ticker, &QTimer::timeout, m_context.sessions, &Auth::SessionManager::tick);
        ticker->start(250);
        lockWorkspace();
    } else {
        showWorkspaceOf(QString());
    }

    connect(m_context.executor, &Commands::CommandExecutor::committed, this, [this]() {
        if (m_current) {
            m_current->patientsPage()->refresh();
        }
        refreshStatus();
    });
    if (m_context.backups) {
        connect(m_context.backups, &Backup::BackupScheduler::stateChanged, this, &MainWindow::refreshStatus);
    }
    if (m_context.checkpoints) {
        connect(m_context.checkpoints, &Auth::CheckpointSigning::signedHead, this, [this](qint64 head) {
            statusBar()->showMessage(
                tr("Journal de traçabilité signé par la carte jusqu'à l'entrée n° %1.").arg(head), 15000);
            refreshStatus();
        });
        connect(m_context.checkpoints, &Auth::CheckpointSigning::failed, this, [this](const Error& error) {
            // Never blocks the counter: said in the status bar, and kept in the trail.
            statusBar()->showMessage(tr("Le journal n'a pas été signé : %1").arg(error.userText), 30000);
            refreshStatus();
        });
    }
    if (m_context.auditCheck) {
        connect(m_context.auditCheck, &Audit::BackgroundVerification::finished, this,
                &MainWindow::refreshStatus);
    }
    connect(m_context.settings, &Settings::changed, this, &MainWindow::refreshStatus);
    if (m_context.sync) {
        // Only the sync's own line: a long pull reports each of its pages.
        connect(m_context.sync, &Sync::SyncWorker::statusChanged, this, &MainWindow::showSyncStatus);
        // What another workstation recorded shows here as soon as it arrives (a refresh, not a
        // consultation: nothing is audited).
        connect(m_context.sync, &Sync::SyncWorker::synced, this, [this](const Sync::SyncReport& report) {
            if (report.applied == 0 || !m_current) {
                return;
            }
            m_current->patientsPage()->refresh();
            if (m_current->administrationPage()) {
                m_current->administrationPage()->refresh();
            }
        });
    }
    restoreWindowState();
    refreshStatus();
}

MainWindow::~MainWindow()
{
    if (m_current) {
        m_shell->removeWidget(m_current);
        m_current->setParent(nullptr);
    }
    qDeleteAll(m_workspaces);
}

void MainWindow::showWorkspaceOf(const QString& accountUuid)
{
    if (m_current) {
        lockWorkspace();
    }
    Workspace* workspace = m_workspaces.value(accountUuid);
    if (!workspace) {
        workspace = new Workspace(m_context);
        workspace->patientsPage()->refresh();
        m_workspaces.insert(accountUuid, workspace);
        connect(workspace, &Workspace::editAccountRequested, this, [this](const QString& uuid) {
            auto account = m_context.staff
                ? m_context.staff->get(uuid)
                : Result<Model::StaffAccount>(fail(ErrorCode::PermissionDenied, QString()));
            if (account) {
                StaffAccountDialog dialog(m_context, *account, this);
                dialog.exec();
            }
            if (m_current) {
                m_current->administrationPage()->refresh();
            }
        });
        connect(workspace, &Workspace::newAccountRequested, this, [this]() {
            StaffAccountDialog dialog(m_context, this);
            dialog.exec();
            if (m_current) {
                m_current->administrationPage()->refresh();
            }
        });
        connect(workspace, &Workspace::sectionChanged, this,
                [this](Section s) { m_sectionActions[static_cast<size_t>(s)]->setChecked(true); });
    } else {
        workspace->refresh();
    }
    m_shell->addWidget(workspace);
    m_shell->setCurrentWidget(workspace);
    m_current = workspace;
    for (QAction* a : m_sectionActions) {
        a->setEnabled(true);
    }
    m_sectionActions[static_cast<size_t>(workspace->currentSection())]->setChecked(true);
    refreshStatus();
}

void MainWindow::lockWorkspace()
{
    if (m_current) {
        // Out of the widget tree: a locked window holds no health data, not even hidden.
        m_shell->removeWidget(m_current);
        m_current->setParent(nullptr);
        m_current = nullptr;
    }
    if (m_lockScreen) {
        m_shell->setCurrentWidget(m_lockScreen);
    }
    for (QAction* a : m_sectionActions) {
        a->setEnabled(false);
    }
    refreshStatus();
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_syncStatus && event->type() == QEvent::MouseButtonRelease) {
        showSync();
    }
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        if (m_context.sessions) {
            m_context.sessions->activity();
        }
        break;
    default:
        break;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::buildActions()
{
    auto* file = menuBar()->addMenu(tr("&Fichier"));
    m_backupNow = file->addAction(tr("&Sauvegarder maintenant"), this, &MainWindow::backupNow);
    m_backupNow->setObjectName(QStringLiteral("action.backupNow"));
    m_backupNow->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    auto* settings = file->addAction(tr("&Paramètres…"), this, &MainWindow::showSettings);
    settings->setObjectName(QStringLiteral("action.settings"));
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_lock = file->addAction(tr("&Verrouiller le poste"), this, [this]() {
        if (m_context.sessions) {
            m_context.sessions->lock(Auth::SessionManager::LockReason::UserRequest);
        }
    });
    m_lock->setObjectName(QStringLiteral("action.lock"));
    m_lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lock->setVisible(m_context.sessions != nullptr);
    auto* credentials = file->addAction(tr("Connexion sans &carte…"), this, [this]() {
        if (m_context.sessions && m_context.sessions->current() && m_current) {
            const auto& account = m_context.sessions->current()->account;
            OwnCredentialsDialog dialog(m_context, account.meta.uuid, account.displayName(), this);
            dialog.exec();
        }
    });
    credentials->setObjectName(QStringLiteral("action.ownCredentials"));
    credentials->setVisible(m_context.sessions != nullptr);
    m_signTrail
        = file->addAction(tr("Si&gner le journal de traçabilité…"), this, &MainWindow::signAuditTrail);
    m_signTrail->setObjectName(QStringLiteral("action.signAuditTrail"));
    m_signTrail->setVisible(m_context.checkpoints != nullptr);
    auto* sync = file->addAction(tr("S&ynchronisation…"), this, &MainWindow::showSync);
    sync->setObjectName(QStringLiteral("action.sync"));
    file->addSeparator();
    auto* quit = file->addAction(tr("&Quitter"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("action.quit"));
    quit->setShortcut(QKeySequence::Quit);

    auto* go = menuBar()->addMenu(tr("&Aller à"));
    auto* group = new QActionGroup(this);
    for (int i = 0; i < sectionCount; ++i) {
        const auto s = static_cast<Section>(i);
        auto* action = go->addAction(
            QIcon(QStringLiteral(":/icons/") + sectionId(s) + QStringLiteral(".svg")), sectionTitle(s));
        action->setObjectName(QStringLiteral("action.section.") + sectionId(s));
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        action->setShortcutContext(Qt::WindowShortcut);
        action->setCheckable(true);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, s]() { showSection(s); });
        m_sectionActions[static_cast<size_t>(i)] = action;
    }
    go->addSeparator();
    auto* find = go->addAction(tr("&Rechercher un patient"), this, [this]() {
        if (PatientsPage* page = patientsPage()) {
            showSection(Section::Patients);
            page->searchField()->setFocus();
            page->searchField()->selectAll();
        }
    });
    find->setObjectName(QStringLiteral("action.findPatient"));
    find->setShortcut(QKeySequence::Find);

    auto* help = menuBar()->addMenu(tr("&Aide"));
    auto* about = help->addAction(tr("À &propos d'Officine"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("action.about"));
}

void MainWindow::buildStatusBar()
{
    m_staffStatus->setObjectName(QStringLiteral("status.staff"));
    m_storeStatus->setObjectName(QStringLiteral("status.store"));
    m_syncStatus->setObjectName(QStringLiteral("status.sync"));
    m_syncStatus->setCursor(Qt::PointingHandCursor);
    m_syncStatus->installEventFilter(this);
    m_backupStatus->setObjectName(QStringLiteral("status.backup"));
    m_auditStatus->setObjectName(QStringLiteral("status.audit"));
    statusBar()->addPermanentWidget(m_auditStatus);
    statusBar()->addWidget(m_staffStatus);
    statusBar()->addWidget(m_storeStatus);
    m_syncProgress->setObjectName(QStringLiteral("status.syncProgress"));
    m_syncProgress->setMaximumWidth(160);
    m_syncProgress->setVisible(false);
    statusBar()->addPermanentWidget(m_syncStatus);
    statusBar()->addPermanentWidget(m_syncProgress);
    statusBar()->addPermanentWidget(m_backupStatus);
}

void MainWindow::restoreWindowState()
{
    const QByteArray geometry = m_context.settings->value(Settings::Key::MainWindowGeometry).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
        resize(std::min(1400, available.width() * 95 / 100), std::min(900, available.height() * 95 / 100));
    }
    restoreState(m_context.settings->value(Settings::Key::MainWindowState).toByteArray());
    const int last = m_context.settings->integer(Settings::Key::LastNavigation);
    showSection(static_cast<Section>(std::clamp(last, 0, sectionCount - 1)));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_context.settings->setValue(Settings::Key::MainWindowGeometry, saveGeometry());
    m_context.settings->setValue(Settings::Key::MainWindowState, saveState());
    m_context.settings->setValue(Settings::Key::LastNavigation, static_cast<int>(currentSection()));
    m_context.settings->sync();
    QMainWindow::closeEvent(event);
}

MainWindow::Section MainWindow::currentSection() const
{
    return m_current ? m_current->currentSection() : Section::Patients;
}

PatientsPage* MainWindow::patientsPage() const
{
    return m_current ? m_current->patientsPage() : nullptr;
}

void MainWindow::showSection(Section section)
{
    if (m_current) {
        m_current->showSection(section);
    }
}

void MainWindow::showSyncStatus()
{
    if (m_context.sync) {
        const Sync::SyncStatus status = m_context.sync->status();
        m_syncStatus->setText(syncStatusText(status, true));
        showSyncProgress(m_syncProgress, status);
        return;
    }
    auto pending = m_context.patients->pendingChanges();
    const QString waiting
        = pending ? tr("%n modification(s) en attente", nullptr, static_cast<int>(*pending)) : QString();
    m_syncStatus->setText(tr("Synchronisation non configurée — %1").arg(waiting));
    m_syncProgress->setVisible(false);
}

void MainWindow::refreshStatus()
{
    const auto& actor = m_context.executor->actor();
    if (actor) {
        m_staffStatus->setText(tr("Session : %1").arg(actor->displayName));
    } else if (m_context.sessions && m_context.sessions->state() == Auth::SessionManager::State::Locked) {
        m_staffStatus->setText(tr("Poste verrouillé : réinsérez votre carte"));
    } else {
        m_staffStatus->setText(tr("Aucune session : insérez votre carte CPS ou CPE"));
    }
    m_storeStatus->setText(tr("Base chiffrée ouverte"));
    m_storeStatus->setToolTip(
        tr("SQLCipher AES-256, schéma %1").arg(m_context.executor->store().schemaVersion()));

    showSyncStatus();

    QString backupText;
    QString style;
    const Settings& s = *m_context.settings;
    const QDateTime last = s.dateTime(Settings::Key::LastBackupSuccess);
    using State = Backup::BackupScheduler::State;
    const State state = m_context.backups ? m_context.backups->state() : State::NotConfigured;
    switch (state) {
    case State::NotConfigured:
        backupText = tr("Sauvegarde quotidienne non configurée");
        style = QStringLiteral("color:#8a5a00; font-weight:bold");
        break;
    case State::Running:
        backupText = tr("Sauvegarde en cours…");
        break;
    case State::UpToDate:
        backupText = tr("Dernière sauvegarde : %1")
                         .arg(QLocale().toString(last.toLocalTime(), QLocale::ShortFormat));
        break;
    case State::Due:
        backupText = last.isValid() ? tr("Dernière sauvegarde : %1 (en retard)")
                                          .arg(QLocale().toString(last.toLocalTime(), QLocale::ShortFormat))
                                    : tr("Aucune sauvegarde à ce jour");
        style = QStringLiteral("color:#8a5a00; font-weight:bold");
        break;
    case State::Failed:
        backupText = tr("Échec de la sauvegarde du %1")
                         .arg(QLocale().toString(s.dateTime(Settings::Key::LastBackupFailure).toLocalTime(),
                                                 QLocale::ShortFormat));
        style = QStringLiteral("color:#b00020; font-weight:bold");
        break;
    }
    m_backupStatus->setText(backupText);
    m_backupStatus->setStyleSheet(style);
    m_backupStatus->setToolTip(state == State::Failed ? s.string(Settings::Key::LastBackupError) : QString());
    m_backupNow->setEnabled(m_context.backups && state != State::NotConfigured && state != State::Running
                            && m_context.executor->allowed(Commands::Permission::BackupRun));
    m_lock->setEnabled(m_current != nullptr);
    m_signTrail->setEnabled(m_current && m_context.checkpoints && m_context.sessions
                            && m_context.sessions->current()
                            && !m_context.sessions->current()->reader.isEmpty() && actor
                            && Auth::answersForThePharmacy(*actor) && m_context.checkpoints->canSign(*actor));
    if (m_current) {
        m_current->administrationPage()->refresh();
    }
    refreshAuditStatus();
}

void MainWindow::refreshAuditStatus()
{
    using State = Audit::BackgroundVerification::State;
    const Audit::BackgroundVerification* check = m_context.auditCheck;
    const bool reader = m_current && m_context.executor->allowed(Commands::Permission::AuditRead);
    m_auditStatus->setVisible(check && reader);
    if (!check) {
        return;
    }
    switch (check->state()) {
    case State::NotRun:
    case State::Running:
        m_auditStatus->setText(tr("Traçabilité : vérification en cours…"));
        m_auditStatus->setStyleSheet(QString());
        m_auditStatus->setToolTip(QString());
        break;
    case State::Intact:
        m_auditStatus->setText(tr("Traçabilité intacte"));
        m_auditStatus->setStyleSheet(QString());
        m_auditStatus->setToolTip(check->report().summary());
        break;
    case State::Broken:
        m_auditStatus->setText(tr("Traçabilité ALTÉRÉE"));
        m_auditStatus->setStyleSheet(QStringLiteral("color:#b00020; font-weight:bold"));
        m_auditStatus->setToolTip(check->report().summary());
        break;
    case State::Failed:
        m_auditStatus->setText(tr("Traçabilité non vérifiée"));
        m_auditStatus->setStyleSheet(QStringLiteral("color:#8a5a00; font-weight:bold"));
        m_auditStatus->setToolTip(check->error().userText);
        break;
    }

    // The titulaire answers for the trail: told at once, or at their next sign-in.
    const auto& actor = m_context.executor->actor();
    if (!m_current || !actor || !Auth::answersForThePharmacy(*actor)
        || (check->state() != State::Broken && check->state() != State::Failed)
        || m_warnedOfAudit.contains(actor->accountId)) {
        return;
    }
    m_warnedOfAudit.insert(actor->accountId);
    auto* box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("auditTrailWarning"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Warning);
    box->setWindowTitle(tr("Journal de traçabilité"));
    if (check->state() == State::Broken) {
        box->setText(tr("La vérification du journal de traçabilité a échoué : des entrées ont été modifiées, "
                        "supprimées ou réordonnées en dehors d'Officine."));
        box->setInformativeText(
            tr("%1\n\nConservez les sauvegardes antérieures, exportez le journal (officine-cli audit export) "
               "et signalez l'incident à votre prestataire et, s'il s'agit d'une violation de données "
               "personnelles, à la CNIL dans les 72 heures (RGPD, article 33).")
                .arg(check->report().summary()));
    } else {
        box->setText(tr("Le journal de traçabilité n'a pas pu être vérifié au démarrage."));
        box->setInformativeText(
            tr("%1\n\nVérifiez-le avec « officine-cli audit verify ».").arg(check->error().userText));
    }
    box->setStandardButtons(QMessageBox::Ok);
    box->open();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_context, this);
    if (dialog.exec() == QDialog::Accepted) {
        refreshStatus();
    }
}

void MainWindow::showSync()
{
    SyncDialog dialog(m_context, this);
    dialog.exec();
    refreshStatus();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(m_context.demo, m_context.storePath, this);
    dialog.exec();
}

void MainWindow::signAuditTrail()
{
    if (!m_signTrail->isEnabled()) {
        return;
    }
    const Auth::SessionManager::Session* session = m_context.sessions->current();
    PinDialog dialog(tr("Le journal de traçabilité de ce poste va être signé avec votre carte CPS, "
                        "insérée dans le lecteur %1 : saisissez votre code porteur.")
                         .arg(session->reader),
                     this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    auto pin = std::make_shared<const SecureBuffer>(dialog.take());
    if (m_context.checkpoints->start(session->reader, std::move(pin), session->actor)) {
        statusBar()->showMessage(tr("Signature du journal par la carte…"));
    }
    refreshStatus();
}

void MainWindow::backupNow()
{
    if (m_context.backups && m_context.executor->allowed(Commands::Permission::BackupRun)) {
        m_context.backups->runNow();
        refreshStatus();
    }
}

} // namespace Officine::Ui
