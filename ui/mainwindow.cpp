#include "mainwindow.h"

#include "aboutdialog.h"
#include "administrationpage.h"
#include "backup/backupscheduler.h"
#include "commands/commandexecutor.h"
#include "logging/logging.h"
#include "patientspage.h"
#include "placeholderpage.h"
#include "services/patientdirectory.h"
#include "settings/settings.h"
#include "settingsdialog.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace Officine::Ui {

namespace {
QString iconFor(MainWindow::Section s)
{
    return QStringLiteral(":/icons/") + MainWindow::sectionId(s) + QStringLiteral(".svg");
}
} // namespace

QString MainWindow::sectionId(Section section)
{
    switch (section) {
    case Section::Patients:
        return QStringLiteral("patients");
    case Section::Prescriptions:
        return QStringLiteral("prescriptions");
    case Section::Dosettes:
        return QStringLiteral("dosettes");
    case Section::CareCircle:
        return QStringLiteral("carecircle");
    case Section::Traceability:
        return QStringLiteral("traceability");
    case Section::Administration:
        return QStringLiteral("administration");
    }
    return {};
}

QString MainWindow::sectionTitle(Section section)
{
    switch (section) {
    case Section::Patients:
        return tr("Patients");
    case Section::Prescriptions:
        return tr("Ordonnances");
    case Section::Dosettes:
        return tr("Préparation des piluliers");
    case Section::CareCircle:
        return tr("Cercle de soins");
    case Section::Traceability:
        return tr("Traçabilité");
    case Section::Administration:
        return tr("Administration");
    }
    return {};
}

MainWindow::MainWindow(ShellContext context, QWidget* parent)
    : QMainWindow(parent)
    , m_context(std::move(context))
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_patients(new PatientsPage(*m_context.patients, m_pages))
    , m_administration(new AdministrationPage(m_context, m_pages))
    , m_staffStatus(new QLabel(this))
    , m_storeStatus(new QLabel(this))
    , m_syncStatus(new QLabel(this))
    , m_backupStatus(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(m_context.demo ? tr("Officine — Pharmacie de démonstration (données fictives)")
                                  : tr("Officine"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/officine.svg")));

    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->addWidget(m_patients);
    m_pages->addWidget(new PlaceholderPage(QStringLiteral("page.prescriptions"),
                                           sectionTitle(Section::Prescriptions),
                                           tr("Saisie des ordonnances avec posologie structurée (matin, "
                                              "midi, soir, coucher ; jours de la semaine ; "
                                              "durée), renouvellements et enregistrement des dispensations."),
                                           m_pages));
    m_pages->addWidget(new PlaceholderPage(
        QStringLiteral("page.dosettes"), sectionTitle(Section::Dosettes),
        tr("Préparation des doses à administrer semaine par semaine, traçabilité de chaque boîte par son "
           "code DataMatrix (code produit, lot, péremption, numéro de série) et double contrôle par un "
           "pharmacien."),
        m_pages));
    m_pages->addWidget(new PlaceholderPage(
        QStringLiteral("page.carecircle"), sectionTitle(Section::CareCircle),
        tr("Accès en lecture ou en écriture accordés aux aidants, infirmiers, au patient et aux autres "
           "professionnels, avec vérification d'identité, échéance et révocation."),
        m_pages));
    m_pages->addWidget(new PlaceholderPage(
        QStringLiteral("page.traceability"), sectionTitle(Section::Traceability),
        tr("Journal infalsifiable de chaque consultation et modification des données de santé, consultable "
           "et exportable."),
        m_pages));
    m_pages->addWidget(m_administration);

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(28, 28));
    m_navigation->setSpacing(2);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setFixedWidth(215);
    for (int i = 0; i < sectionCount; ++i) {
        const auto s = static_cast<Section>(i);
        auto* item = new QListWidgetItem(QIcon(iconFor(s)), sectionTitle(s), m_navigation);
        item->setData(Qt::UserRole, sectionId(s));
        item->setSizeHint(QSize(0, 44));
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(sectionTitle(s)).arg(i + 1));
    }
    connect(m_navigation, &QListWidget::currentRowChanged, this,
            [this](int row) { showSection(static_cast<Section>(std::max(0, row))); });

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
    auto* body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->addWidget(m_navigation);
    body->addWidget(m_pages, 1);
    outer->addLayout(body, 1);
    setCentralWidget(central);

    buildActions();
    buildStatusBar();

    connect(m_administration, &AdministrationPage::backupRequested, this, &MainWindow::backupNow);
    connect(m_administration, &AdministrationPage::settingsRequested, this, &MainWindow::showSettings);
    connect(m_context.executor, &Commands::CommandExecutor::committed, this, [this]() {
        m_patients->refresh();
        refreshStatus();
    });
    if (m_context.backups) {
        connect(m_context.backups, &Backup::BackupScheduler::stateChanged, this, &MainWindow::refreshStatus);
    }
    connect(m_context.settings, &Settings::changed, this, &MainWindow::refreshStatus);

    restoreWindowState();
    m_patients->refresh();
    refreshStatus();
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
    file->addSeparator();
    auto* quit = file->addAction(tr("&Quitter"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("action.quit"));
    quit->setShortcut(QKeySequence::Quit);

    auto* go = menuBar()->addMenu(tr("&Aller à"));
    auto* group = new QActionGroup(this);
    for (int i = 0; i < sectionCount; ++i) {
        const auto s = static_cast<Section>(i);
        auto* action = go->addAction(QIcon(iconFor(s)), sectionTitle(s));
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
        showSection(Section::Patients);
        m_patients->searchField()->setFocus();
        m_patients->searchField()->selectAll();
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
    m_backupStatus->setObjectName(QStringLiteral("status.backup"));
    statusBar()->addWidget(m_staffStatus);
    statusBar()->addWidget(m_storeStatus);
    statusBar()->addPermanentWidget(m_syncStatus);
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
    return static_cast<Section>(m_pages->currentIndex());
}

void MainWindow::showSection(Section section)
{
    const int index = static_cast<int>(section);
    m_pages->setCurrentIndex(index);
    if (m_navigation->currentRow() != index) {
        const QSignalBlocker blocker(m_navigation);
        m_navigation->setCurrentRow(index);
    }
    m_sectionActions[static_cast<size_t>(index)]->setChecked(true);
    if (section == Section::Administration) {
        m_administration->refresh();
    }
}

void MainWindow::refreshStatus()
{
    const auto& actor = m_context.executor->actor();
    m_staffStatus->setText(actor ? tr("Session : %1").arg(actor->displayName)
                                 : tr("Aucune session : insérez votre carte CPS ou CPE"));

    m_storeStatus->setText(tr("Base chiffrée ouverte"));
    m_storeStatus->setToolTip(
        tr("SQLCipher AES-256, schéma %1").arg(m_context.executor->store().schemaVersion()));

    const QString server = m_context.settings->string(Settings::Key::SyncServerUrl);
    auto pending = m_context.patients->pendingChanges();
    const QString waiting
        = pending ? tr("%n modification(s) en attente", nullptr, static_cast<int>(*pending)) : QString();
    m_syncStatus->setText(server.isEmpty() ? tr("Synchronisation non configurée — %1").arg(waiting)
                                           : tr("Synchronisation : %1").arg(waiting));

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
    m_administration->refresh();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_context, this);
    if (dialog.exec() == QDialog::Accepted) {
        refreshStatus();
    }
}

void MainWindow::showAbout()
{
    AboutDialog dialog(m_context.demo, m_context.storePath, this);
    dialog.exec();
}

void MainWindow::backupNow()
{
    if (m_context.backups && m_context.executor->allowed(Commands::Permission::BackupRun)) {
        m_context.backups->runNow();
        refreshStatus();
    }
}

} // namespace Officine::Ui
