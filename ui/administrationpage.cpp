#include "administrationpage.h"

#include "auth/role.h"
#include "backup/backupscheduler.h"
#include "commands/commandexecutor.h"
#include "commands/staffcommands.h"
#include "pagetitle.h"
#include "retentiondialog.h"
#include "services/staffdirectory.h"
#include "settings/settings.h"
#include "storage/store.h"

#include <QDir>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Officine::Ui {

AdministrationPage::AdministrationPage(const ShellContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_store(new QLabel(this))
    , m_backup(new QLabel(this))
    , m_backupNow(new QPushButton(tr("Sauvegarder maintenant"), this))
    , m_settings(new QPushButton(tr("Paramètres…"), this))
    , m_team(new QGroupBox(tr("Équipe de l'officine"), this))
    , m_accounts(new QTableWidget(this))
    , m_newAccount(new QPushButton(tr("Nouveau compte…"), this))
    , m_allowFallback(new QPushButton(tr("Autoriser ou retirer la connexion sans carte"), this))
    , m_deactivate(new QPushButton(tr("Désactiver le compte"), this))
    , m_edit(new QPushButton(tr("Modifier…"), this))
    , m_teamProblem(new QLabel(this))
{
    setObjectName(QStringLiteral("page.administration"));
    QLabel* heading = makePageTitle(tr("Administration"), this);

    m_store->setObjectName(QStringLiteral("administration.store"));
    m_backup->setObjectName(QStringLiteral("administration.backup"));
    m_backupNow->setObjectName(QStringLiteral("administration.backupNow"));
    m_settings->setObjectName(QStringLiteral("administration.settings"));
    for (QLabel* l : {m_store, m_backup}) {
        l->setWordWrap(true);
        l->setTextFormat(Qt::RichText);
    }

    auto* storeBox = new QGroupBox(tr("Base de données de l'officine"), this);
    (new QVBoxLayout(storeBox))->addWidget(m_store);
    auto* backupBox = new QGroupBox(tr("Sauvegarde quotidienne chiffrée"), this);
    auto* backupLayout = new QVBoxLayout(backupBox);
    backupLayout->addWidget(m_backup);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_backupNow);
    buttons->addWidget(m_settings);
    auto* retention = new QPushButton(tr("Durées de conservation…"), this);
    retention->setObjectName(QStringLiteral("administration.retention"));
    connect(retention, &QPushButton::clicked, this, [this]() {
        RetentionDialog dialog(m_context, this);
        dialog.exec();
    });
    buttons->addWidget(retention);
    buttons->addStretch();
    backupLayout->addLayout(buttons);

    // The team (titulaire only) and the role table (everyone, read-only).
    m_accounts->setObjectName(QStringLiteral("administration.staff"));
    m_newAccount->setObjectName(QStringLiteral("administration.newAccount"));
    m_accounts->setColumnCount(6);
    m_accounts->setHorizontalHeaderLabels(
        {tr("Nom"), tr("Rôle"), tr("RPPS"), tr("Carte associée"), tr("État"), tr("Sans carte")});
    m_accounts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_accounts->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_accounts->verticalHeader()->hide();
    m_accounts->horizontalHeader()->setStretchLastSection(true);
    m_accounts->setMinimumHeight(140);
    auto* teamLayout = new QVBoxLayout(m_team);
    teamLayout->addWidget(m_accounts);
    auto* teamButtons = new QHBoxLayout;
    teamButtons->addWidget(m_newAccount);
    teamButtons->addWidget(m_edit);
    teamButtons->addWidget(m_allowFallback);
    m_edit->setObjectName(QStringLiteral("administration.editAccount"));
    connect(m_edit, &QPushButton::clicked, this, [this]() {
        const int row = m_accounts->currentRow();
        if (row >= 0) {
            Q_EMIT editAccountRequested(m_accounts->item(row, 0)->data(Qt::UserRole).toString());
        }
    });
    teamButtons->addWidget(m_deactivate);
    teamButtons->addStretch();
    m_deactivate->setObjectName(QStringLiteral("administration.deactivate"));
    m_teamProblem->setObjectName(QStringLiteral("administration.teamProblem"));
    m_teamProblem->setWordWrap(true);
    m_teamProblem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_teamProblem->setVisible(false);
    teamLayout->addWidget(m_teamProblem);
    connect(m_deactivate, &QPushButton::clicked, this, &AdministrationPage::deactivateSelected);
    m_confirm = [this](const QString& question) {
        return QMessageBox::question(this, tr("Désactiver le compte"), question) == QMessageBox::Yes;
    };
    m_allowFallback->setObjectName(QStringLiteral("administration.allowFallback"));
    connect(m_allowFallback, &QPushButton::clicked, this, &AdministrationPage::toggleFallback);
    teamLayout->addLayout(teamButtons);
    connect(m_newAccount, &QPushButton::clicked, this, &AdministrationPage::newAccountRequested);

    auto* roles = new QGroupBox(tr("Rôles et droits"), this);
    auto* roleTable = new QTableWidget(static_cast<int>(std::size(Auth::allRoles)),
                                       static_cast<int>(std::size(Commands::allPermissions)), roles);
    roleTable->setObjectName(QStringLiteral("administration.roles"));
    QStringList permissionHeaders;
    for (Commands::Permission p : Commands::allPermissions) {
        permissionHeaders << Commands::permissionLabel(p);
    }
    roleTable->setHorizontalHeaderLabels(permissionHeaders);
    QStringList roleHeaders;
    int row = 0;
    for (Auth::Role r : Auth::allRoles) {
        roleHeaders << Auth::roleLabel(r);
        const auto granted = Auth::permissionsOf(r);
        int column = 0;
        for (Commands::Permission p : Commands::allPermissions) {
            auto* item = new QTableWidgetItem(granted.contains(p) ? QStringLiteral("✓") : QString());
            item->setTextAlignment(Qt::AlignCenter);
            roleTable->setItem(row, column++, item);
        }
        ++row;
    }
    roleTable->setVerticalHeaderLabels(roleHeaders);
    roleTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    roleTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    roleTable->horizontalHeader()->setDefaultAlignment(Qt::Alignment(Qt::AlignCenter)
                                                       | Qt::Alignment(Qt::TextWordWrap));
    roleTable->horizontalHeader()->setMinimumHeight(48);
    roleTable->setFixedHeight(48 + 4 * roleTable->verticalHeader()->defaultSectionSize() + 4);
    (new QVBoxLayout(roles))->addWidget(roleTable);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(storeBox);
    layout->addWidget(backupBox);
    layout->addWidget(m_team);
    layout->addWidget(roles);
    layout->addStretch();

    connect(m_backupNow, &QPushButton::clicked, this, &AdministrationPage::backupRequested);
    connect(m_settings, &QPushButton::clicked, this, &AdministrationPage::settingsRequested);
    refresh();
}

void AdministrationPage::toggleFallback()
{
    const int row = m_accounts->currentRow();
    if (row < 0 || !m_context.staff) {
        return;
    }
    auto account = m_context.staff->get(m_accounts->item(row, 0)->data(Qt::UserRole).toString());
    if (!account) {
        m_teamProblem->setText(account.error().userText);
        m_teamProblem->setVisible(true);
        return;
    }
    account->fallbackAllowed = !account->fallbackAllowed;
    Commands::UpdateStaffAccountCommand update(*account);
    m_context.executor->execute(update);
    refresh();
    m_accounts->selectRow(row);
}

void AdministrationPage::deactivateSelected()
{
    const int row = m_accounts->currentRow();
    if (row < 0 || !m_context.staff) {
        return;
    }
    auto account = m_context.staff->get(m_accounts->item(row, 0)->data(Qt::UserRole).toString());
    if (!account) {
        m_teamProblem->setText(account.error().userText);
        m_teamProblem->setVisible(true);
        return;
    }
    if (!m_confirm(tr("Désactiver le compte de %1 ? Sa carte n'ouvrira plus de session ; le compte n'est pas "
                      "supprimé et son historique garde son nom.")
                       .arg(account->displayName()))) {
        return;
    }
    Commands::DeactivateStaffAccountCommand deactivate(account->meta.uuid, account->meta.revision);
    auto r = m_context.executor->execute(deactivate);
    m_teamProblem->setText(r ? QString() : r.error().userText);
    m_teamProblem->setVisible(!r);
    refresh();
}

void AdministrationPage::refresh()
{
    Storage::Store& store = m_context.executor->store();
    m_store->setText(
        tr("<b>Emplacement :</b> %1<br><b>Chiffrement :</b> SQLCipher, AES-256 avec un code "
           "d'authentification (HMAC) par page ; clé de 256 bits rangée dans le trousseau du "
           "système.<br><b>Schéma :</b> version %2<br><b>Identifiant du poste :</b> %3<br><b>Moteur :</b> %4")
            .arg(QDir::toNativeSeparators(m_context.storePath).toHtmlEscaped())
            .arg(store.schemaVersion())
            .arg(store.workstationId(), Storage::Store::engineVersion()));

    const Settings& s = *m_context.settings;
    const QString folder = s.string(Settings::Key::BackupFolder);
    QString text;
    if (folder.isEmpty()) {
        text = tr("<b>Non configurée.</b> Choisissez un dossier sur un disque réseau (NAS) ou un support "
                  "amovible dans les paramètres : gardez trois copies sur deux supports, dont une hors "
                  "ligne.");
    } else {
        text = tr("<b>Dossier :</b> %1<br><b>Conservation :</b> les %2 dernières<br><b>Heure :</b> à partir "
                  "de %3 h")
                   .arg(QDir::toNativeSeparators(folder).toHtmlEscaped())
                   .arg(s.integer(Settings::Key::BackupKeep))
                   .arg(s.integer(Settings::Key::BackupHour));
        const QDateTime last = s.dateTime(Settings::Key::LastBackupSuccess);
        text += u"<br>"
            + (last.isValid() ? tr("<b>Dernière sauvegarde réussie :</b> %1 (%2)")
                                    .arg(QLocale().toString(last.toLocalTime(), QLocale::LongFormat),
                                         s.string(Settings::Key::LastBackupPath).toHtmlEscaped())
                              : tr("<b>Aucune sauvegarde réussie à ce jour.</b>"));
        const QDateTime failed = s.dateTime(Settings::Key::LastBackupFailure);
        if (failed.isValid() && (!last.isValid() || failed > last)) {
            text += u"<br><span style='color:#b00020'>"
                + tr("<b>Échec le %1 :</b> %2")
                      .arg(QLocale().toString(failed.toLocalTime(), QLocale::ShortFormat),
                           s.string(Settings::Key::LastBackupError).toHtmlEscaped())
                + u"</span>";
        }
        if (m_context.hasBackupPassphrase && !m_context.hasBackupPassphrase()) {
            text += u"<br><span style='color:#b00020'>"
                + tr("Aucune phrase de passe de sauvegarde dans le trousseau : définissez-la dans les "
                     "paramètres.")
                + u"</span>";
        }
    }
    m_backup->setText(text);
    const bool mayBackup = m_context.executor->allowed(Commands::Permission::BackupRun);
    m_backupNow->setEnabled(mayBackup && m_context.backups && !folder.isEmpty()
                            && !(m_context.backups && m_context.backups->isRunning()));
    m_settings->setEnabled(m_context.executor->allowed(Commands::Permission::SettingsManage));

    auto accounts = m_context.staff
        ? m_context.staff->list()
        : Result<std::vector<Model::StaffAccount>>(fail(ErrorCode::PermissionDenied, QString()));
    m_team->setVisible(bool(accounts));
    if (accounts) {
        m_accounts->setRowCount(static_cast<int>(accounts->size()));
        int row = 0;
        for (const Model::StaffAccount& a : *accounts) {
            const QStringList cells {
                a.displayName(),
                Auth::roleLabel(a.role),
                a.rpps,
                a.idNatPs.isEmpty() ? tr("aucune") : a.idNatPs,
                a.active ? tr("actif") : tr("désactivé"),
                a.fallbackAllowed ? (!a.totpEnrolled ? tr("autorisée, non configurée") : tr("autorisée"))
                                  : tr("non")};
            for (int c = 0; c < cells.size(); ++c) {
                auto* item = new QTableWidgetItem(cells[c]);
                item->setData(Qt::UserRole, a.meta.uuid);
                m_accounts->setItem(row, c, item);
            }
            ++row;
        }
        m_accounts->resizeColumnsToContents();
    }
}

} // namespace Officine::Ui
