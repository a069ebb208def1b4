#include "settingsdialog.h"

#include "backup/backupservice.h"
#include "commands/commandexecutor.h"
#include "commands/settingscommands.h"
#include "secretfield.h"
#include "settings/settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Officine::Ui {

SettingsDialog::SettingsDialog(const ShellContext& context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_language(new QComboBox(this))
    , m_inactivity(new QSpinBox(this))
    , m_backupFolder(new QLineEdit(this))
    , m_backupKeep(new QSpinBox(this))
    , m_backupHour(new QSpinBox(this))
    , m_passphrase(new QLineEdit(this))
    , m_passphraseConfirm(new QLineEdit(this))
    , m_passphraseState(new QLabel(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Paramètres de l'officine"));
    const Settings& s = *m_context.settings;

    m_language->setObjectName(QStringLiteral("settings.language"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(s.string(Settings::Key::Language))));

    m_inactivity->setObjectName(QStringLiteral("settings.inactivity"));
    m_inactivity->setRange(30, 3600);
    m_inactivity->setSingleStep(30);
    m_inactivity->setSuffix(tr(" secondes"));
    m_inactivity->setValue(s.integer(Settings::Key::InactivityLockSeconds));
    m_inactivity->setToolTip(tr("Verrouillage du poste après cette durée sans activité. Le guide RGPD des "
                                "professionnels de santé recommande 30 secondes pour un écran partagé."));

    // What the system file decides is shown, never edited: whoever may change it may make the
    // workstation trust their own cards (SystemConfig).
    auto* middleware = new QLabel(m_context.cardMiddleware.isEmpty()
                                      ? tr("profil de carte d'Officine (aucun module PKCS#11)")
                                      : QDir::toNativeSeparators(m_context.cardMiddleware),
                                  this);
    middleware->setObjectName(QStringLiteral("settings.pkcs11"));
    middleware->setWordWrap(true);
    middleware->setToolTip(m_context.systemConfigPath.isEmpty()
                               ? tr("Fixé par le profil de démonstration.")
                               : tr("Fixé par l'administrateur du poste dans %1.")
                                     .arg(QDir::toNativeSeparators(m_context.systemConfigPath)));

    m_backupFolder->setObjectName(QStringLiteral("settings.backupFolder"));
    m_backupFolder->setText(QDir::toNativeSeparators(s.string(Settings::Key::BackupFolder)));
    m_backupFolder->setPlaceholderText(tr("Disque réseau (NAS) ou support amovible"));
    auto* browse = new QPushButton(tr("Choisir…"), this);
    browse->setObjectName(QStringLiteral("settings.backupFolderBrowse"));
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::chooseFolder);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_backupFolder, 1);
    folderRow->addWidget(browse);

    m_backupKeep->setObjectName(QStringLiteral("settings.backupKeep"));
    m_backupKeep->setRange(1, 365);
    m_backupKeep->setValue(s.integer(Settings::Key::BackupKeep));
    m_backupKeep->setSuffix(tr(" sauvegardes"));
    m_backupHour->setObjectName(QStringLiteral("settings.backupHour"));
    m_backupHour->setRange(0, 23);
    m_backupHour->setValue(s.integer(Settings::Key::BackupHour));
    m_backupHour->setSuffix(tr(" h"));

    for (QLineEdit* e : {m_passphrase, m_passphraseConfirm}) {
        e->setEchoMode(QLineEdit::Password);
    }
    m_passphrase->setObjectName(QStringLiteral("settings.passphrase"));
    m_passphraseConfirm->setObjectName(QStringLiteral("settings.passphraseConfirm"));
    m_passphrase->setPlaceholderText(tr("Laisser vide pour garder l'actuelle"));
    m_passphraseState->setObjectName(QStringLiteral("settings.passphraseState"));
    m_passphraseState->setWordWrap(true);
    const bool hasPassphrase = m_context.hasBackupPassphrase && m_context.hasBackupPassphrase();
    m_passphraseState->setText(hasPassphrase
                                   ? tr("Une phrase de passe est enregistrée dans le trousseau du système.")
                                   : tr("Aucune phrase de passe : la sauvegarde quotidienne ne peut pas "
                                        "fonctionner."));

    auto* syncUrl
        = new QLabel(m_context.syncServerUrl.isEmpty() ? tr("non configuré") : m_context.syncServerUrl, this);
    syncUrl->setObjectName(QStringLiteral("settings.syncUrl"));
    syncUrl->setToolTip(middleware->toolTip());

    m_problem->setObjectName(QStringLiteral("settings.problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->setVisible(false);

    auto* general = new QGroupBox(tr("Général"), this);
    auto* generalForm = new QFormLayout(general);
    generalForm->addRow(tr("Langue (au prochain démarrage) :"), m_language);
    generalForm->addRow(tr("Verrouillage après inactivité :"), m_inactivity);
    generalForm->addRow(tr("Module PKCS#11 des cartes :"), middleware);

    auto* backup = new QGroupBox(tr("Sauvegarde quotidienne chiffrée"), this);
    auto* backupForm = new QFormLayout(backup);
    backupForm->addRow(tr("Dossier :"), folderRow);
    backupForm->addRow(tr("Conserver :"), m_backupKeep);
    backupForm->addRow(tr("À partir de :"), m_backupHour);
    backupForm->addRow(tr("Phrase de passe :"), m_passphrase);
    backupForm->addRow(tr("Confirmation :"), m_passphraseConfirm);
    backupForm->addRow(QString(), m_passphraseState);
    auto* explain
        = new QLabel(tr("La phrase de passe protège les sauvegardes hors du poste ; elle seule permet "
                        "de restaurer sur un nouveau poste après la perte de celui-ci. Notez-la et "
                        "gardez-la en lieu sûr."),
                     backup);
    explain->setWordWrap(true);
    explain->setStyleSheet(QStringLiteral("color: #4a4a4a"));
    backupForm->addRow(explain);

    auto* sync = new QGroupBox(tr("Synchronisation"), this);
    auto* syncForm = new QFormLayout(sync);
    syncForm->addRow(tr("Serveur Officine (hébergeur HDS) :"), syncUrl);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("settings.buttons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(general);
    layout->addWidget(backup);
    layout->addWidget(sync);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(620);

    const bool editable = m_context.executor->allowed(Commands::Permission::SettingsManage);
    for (QWidget* w : std::initializer_list<QWidget*> {general, backup, sync}) {
        w->setEnabled(editable);
    }
    if (!editable) {
        showProblem(tr("Seul le titulaire peut modifier ces paramètres."));
        buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    }
}

void SettingsDialog::chooseFolder()
{
    const QString folder
        = QFileDialog::getExistingDirectory(this, tr("Dossier des sauvegardes"), m_backupFolder->text());
    if (!folder.isEmpty()) {
        m_backupFolder->setText(QDir::toNativeSeparators(folder));
    }
}

void SettingsDialog::showProblem(const QString& text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

bool SettingsDialog::apply()
{
    // The checks, the permission and the audit entries are the commands'; the dialog gathers.
    showProblem({});
    Commands::ChangeSettingsCommand change(
        *m_context.settings,
        {{Settings::Key::Language, m_language->currentData().toString()},
         {Settings::Key::InactivityLockSeconds, m_inactivity->value()},
         {Settings::Key::BackupFolder, QDir::fromNativeSeparators(m_backupFolder->text().trimmed())},
         {Settings::Key::BackupKeep, m_backupKeep->value()},
         {Settings::Key::BackupHour, m_backupHour->value()}});
    // Said before anything is saved, so that a refused folder does not leave a new passphrase
    // behind (the executor checks again).
    if (auto v = change.validate(); !v) {
        showProblem(v.error().userText);
        return false;
    }
    if (!m_passphrase->text().isEmpty() || !m_passphraseConfirm->text().isEmpty()) {
        if (m_passphrase->text() != m_passphraseConfirm->text()) {
            showProblem(tr("Les deux saisies de la phrase de passe diffèrent."));
            return false;
        }
        Commands::SetBackupPassphraseCommand set(m_context.saveBackupPassphrase, readSecret(m_passphrase));
        if (auto r = m_context.executor->execute(set); !r) {
            showProblem(r.error().userText);
            return false;
        }
        m_passphrase->clear();
        m_passphraseConfirm->clear();
    }
    if (!change.changesAnything()) {
        return true; // OK without a change is no action: nothing to record
    }
    if (auto r = m_context.executor->execute(change); !r) {
        showProblem(r.error().userText);
        return false;
    }
    return true;
}

void SettingsDialog::accept()
{
    if (apply()) {
        QDialog::accept();
    }
}

} // namespace Officine::Ui
