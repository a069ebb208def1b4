#include "owncredentialsdialog.h"

#include "auth/totp.h"
#include "commands/commandexecutor.h"
#include "commands/staffcommands.h"
#include "qrcode.h"
#include "secretfield.h"
#include "services/patientdirectory.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Officine::Ui {

OwnCredentialsDialog::OwnCredentialsDialog(const ShellContext& context, const QString& accountUuid,
                                           const QString& label, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_accountUuid(accountUuid)
    , m_password(new QLineEdit(this))
    , m_confirm(new QLineEdit(this))
    , m_code(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("ownCredentialsDialog"));
    if (auto key = Auth::Totp::newSecret()) {
        m_secret = std::move(*key);
    } else {
        showProblem(key.error().userText); // the command refuses an empty key
    }
    setWindowTitle(tr("Connexion sans carte"));
    m_password->setObjectName(QStringLiteral("credentials.password"));
    m_confirm->setObjectName(QStringLiteral("credentials.confirm"));
    m_code->setObjectName(QStringLiteral("credentials.code"));
    m_problem->setObjectName(QStringLiteral("credentials.problem"));
    for (QLineEdit* e : {m_password, m_confirm}) {
        e->setEchoMode(QLineEdit::Password);
    }
    m_code->setMaxLength(6);
    m_code->setPlaceholderText(tr("code à 6 chiffres de l'application"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->setVisible(false);

    auto* explain
        = new QLabel(tr("Pour les jours où votre carte est restée chez vous : un mot de passe et un code à "
                        "usage unique d'une application d'authentification (FreeOTP, Aegis…). Le "
                        "titulaire doit ensuite autoriser ce mode pour votre compte ; chaque connexion "
                        "sans carte est enregistrée."),
                     this);
    explain->setWordWrap(true);
    auto* qr = new QLabel(this);
    qr->setObjectName(QStringLiteral("credentials.qr"));
    qr->setPixmap(QPixmap::fromImage(qrCode(Auth::Totp::provisioningUri(m_secret.view(), label), 5)));
    qr->setAlignment(Qt::AlignCenter);
    auto* secretText
        = new QLabel(tr("Clé à saisir à la main : %1").arg(Auth::Totp::base32Encode(m_secret.view())), this);
    secretText->setAlignment(Qt::AlignCenter);
    secretText->setTextInteractionFlags(Qt::NoTextInteraction);

    auto* form = new QFormLayout;
    form->addRow(tr("Mot de passe :"), m_password);
    form->addRow(tr("Confirmation :"), m_confirm);
    form->addRow(tr("Code affiché :"), m_code);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &OwnCredentialsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &OwnCredentialsDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explain);
    layout->addWidget(qr);
    layout->addWidget(secretText);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

OwnCredentialsDialog::~OwnCredentialsDialog() = default;

void OwnCredentialsDialog::showProblem(const QString& text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

bool OwnCredentialsDialog::apply()
{
    showProblem({});
    // Comfort only: the policy, the code and the hashing are the command's.
    if (m_password->text() != m_confirm->text()) {
        showProblem(tr("Les deux saisies du mot de passe diffèrent."));
        return false;
    }
    const SecureBuffer password = readSecret(m_password);
    Commands::SetFallbackCredentialsCommand set(m_context.executor->clock(), m_accountUuid, password,
                                                m_secret, m_code->text());
    if (auto r = m_context.executor->execute(set); !r) {
        showProblem(r.error().userText);
        return false;
    }
    m_password->clear();
    m_confirm->clear();
    return true;
}

void OwnCredentialsDialog::accept()
{
    if (apply()) {
        QDialog::accept();
    }
}

} // namespace Officine::Ui
