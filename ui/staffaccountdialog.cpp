#include "staffaccountdialog.h"

#include "auth/cardbinder.h"
#include "auth/role.h"
#include "auth/sessionmanager.h"
#include "commands/commandexecutor.h"
#include "commands/staffcommands.h"
#include "identity/nationalids.h"
#include "services/staffdirectory.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Officine::Ui {

StaffAccountDialog::StaffAccountDialog(const ShellContext& context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_family(new QLineEdit(this))
    , m_given(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_rpps(new QLineEdit(this))
    , m_reader(new QComboBox(this))
    , m_read(new QPushButton(tr("Lire la carte"), this))
    , m_card(new QLabel(tr("Aucune carte associée."), this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("staffAccountDialog"));
    setWindowTitle(tr("Nouveau compte de l'équipe"));
    m_family->setObjectName(QStringLiteral("staff.family"));
    m_given->setObjectName(QStringLiteral("staff.given"));
    m_role->setObjectName(QStringLiteral("staff.role"));
    m_rpps->setObjectName(QStringLiteral("staff.rpps"));
    m_reader->setObjectName(QStringLiteral("staff.reader"));
    m_read->setObjectName(QStringLiteral("staff.readCard"));
    m_card->setObjectName(QStringLiteral("staff.card"));
    m_problem->setObjectName(QStringLiteral("staff.problem"));
    m_card->setWordWrap(true);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->setVisible(false);
    for (Auth::Role r : Auth::allRoles) {
        m_role->addItem(Auth::roleLabel(r), Auth::roleId(r));
    }
    m_role->setCurrentIndex(2); // préparateur: the usual new account
    m_rpps->setPlaceholderText(tr("11 chiffres (pharmaciens)"));
    m_rpps->setMaxLength(11);

    auto* readerRow = new QHBoxLayout;
    readerRow->addWidget(m_reader, 1);
    readerRow->addWidget(m_read);
    auto* form = new QFormLayout;
    form->addRow(tr("Nom :"), m_family);
    form->addRow(tr("Prénom :"), m_given);
    form->addRow(tr("Rôle :"), m_role);
    form->addRow(tr("RPPS :"), m_rpps);
    form->addRow(tr("Carte dans le lecteur :"), readerRow);
    form->addRow(QString(), m_card);
    auto* help
        = new QLabel(tr("Gardez votre carte dans son lecteur ; insérez la carte CPS ou CPE du nouveau membre "
                        "dans un autre lecteur, puis « Lire la carte »."),
                     this);
    help->setWordWrap(true);
    help->setStyleSheet(QStringLiteral("color: #4a4a4a"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("staff.buttons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &StaffAccountDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &StaffAccountDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(help);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(560);

    connect(m_read, &QPushButton::clicked, this, &StaffAccountDialog::readCard);
    if (m_context.binder) {
        connect(
            m_context.binder, &Auth::CardBinder::identified, this,
            [this](const Auth::VerifiedCertificate& certificate, const QByteArray& serial) {
                showProblem({});
                m_idNatPs = certificate.idNatPs;
                m_serial = QString::fromLatin1(serial.toHex());
                m_card->setText(tr("Carte de %1 %2 (identifiant %3), valable jusqu'au %4.")
                                    .arg(certificate.givenName, certificate.familyName, certificate.idNatPs,
                                         certificate.notAfter.date().toString(QStringLiteral("dd/MM/yyyy"))));
                if (m_family->text().isEmpty()) {
                    m_family->setText(certificate.familyName.left(1)
                                      + certificate.familyName.mid(1).toLower());
                }
                if (m_given->text().isEmpty()) {
                    m_given->setText(certificate.givenName.left(1) + certificate.givenName.mid(1).toLower());
                }
                const auto id = Identity::IdNatPs::parse(certificate.idNatPs);
                if (id.type == Identity::IdNatPs::Type::Rpps && m_rpps->text().isEmpty()) {
                    m_rpps->setText(id.rpps());
                }
                m_read->setEnabled(true);
            });
        connect(m_context.binder, &Auth::CardBinder::failed, this, [this](const Officine::Error& e) {
            showProblem(e.userText);
            m_read->setEnabled(true);
        });
    }
    refreshReaders();
}

StaffAccountDialog::StaffAccountDialog(const ShellContext& context, const Model::StaffAccount& account,
                                       QWidget* parent)
    : StaffAccountDialog(context, parent)
{
    m_editing = account;
    setWindowTitle(tr("Compte de %1").arg(account.displayName()));
    m_family->setText(account.familyName);
    m_given->setText(account.givenName);
    m_role->setCurrentIndex(std::max(0, m_role->findData(Auth::roleId(account.role))));
    m_rpps->setText(account.rpps);
    m_idNatPs = account.idNatPs;
    m_serial = account.cardSerial;
    m_card->setText(account.idNatPs.isEmpty() ? tr("Aucune carte associée.")
                                              : tr("Carte associée : identifiant %1.").arg(account.idNatPs));
}

void StaffAccountDialog::refreshReaders()
{
    m_reader->clear();
    const QStringList readers = m_context.readersWithCard ? m_context.readersWithCard() : QStringList();
    const QString mine = m_context.sessions && m_context.sessions->current()
        ? m_context.sessions->current()->reader
        : QString();
    for (const QString& r : readers) {
        if (r != mine) {
            m_reader->addItem(r);
        }
    }
    m_read->setEnabled(m_reader->count() > 0 && m_context.binder);
    if (m_reader->count() == 0) {
        m_reader->addItem(tr("Aucune autre carte insérée"));
        m_reader->setEnabled(false);
    } else {
        m_reader->setEnabled(true);
    }
}

void StaffAccountDialog::readCard()
{
    if (m_context.binder && m_reader->isEnabled()) {
        m_read->setEnabled(false);
        m_card->setText(tr("Lecture de la carte…"));
        m_context.binder->read(m_reader->currentText());
    }
}

void StaffAccountDialog::showProblem(const QString& text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

bool StaffAccountDialog::apply()
{
    Model::StaffAccount account = m_editing.value_or(Model::StaffAccount {});
    account.familyName = m_family->text();
    account.givenName = m_given->text();
    account.role = Auth::roleFromId(m_role->currentData().toString());
    account.rpps = m_rpps->text();
    account.idNatPs = m_idNatPs;
    account.cardSerial = m_serial;
    Commands::CreateStaffAccountCommand create(account);
    Commands::UpdateStaffAccountCommand update(account);
    auto r = m_context.staff->executor().execute(m_editing ? static_cast<Commands::Command&>(update)
                                                           : static_cast<Commands::Command&>(create));
    if (!r) {
        showProblem(r.error().userText);
        return false;
    }
    if (m_editing) {
        m_editing = update.account(); // a second apply() starts from the new revision
    }
    return true;
}

void StaffAccountDialog::accept()
{
    if (apply()) {
        QDialog::accept();
    }
}

} // namespace Officine::Ui
