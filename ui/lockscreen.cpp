#include "lockscreen.h"

#include "auth/fallbacksignin.h"
#include "auth/signinflow.h"
#include "secretfield.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Officine::Ui {

namespace {
QLabel* heading(const QString& text, QWidget* parent, qreal scale)
{
    auto* l = new QLabel(text, parent);
    QFont f = l->font();
    f.setPointSizeF(f.pointSizeF() * scale);
    f.setBold(true);
    l->setFont(f);
    l->setAlignment(Qt::AlignCenter);
    l->setWordWrap(true);
    return l;
}
} // namespace

LockScreen::LockScreen(Auth::SignInFlow& flow, QWidget* parent)
    : QWidget(parent)
    , m_flow(flow)
    , m_panels(new QStackedWidget(this))
    , m_reason(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_status(new QLabel(this))
    , m_message(new QLabel(this))
    , m_holder(new QLabel(this))
    , m_tries(new QLabel(this))
    , m_pin(new QLineEdit(this))
    , m_pinOk(new QPushButton(tr("Valider"), this))
    , m_finessHolder(new QLabel(this))
    , m_finess(new QLineEdit(this))
    , m_finessOk(new QPushButton(tr("Ouvrir l'officine"), this))
    , m_fallbackAccount(new QComboBox(this))
    , m_fallbackPassword(new QLineEdit(this))
    , m_fallbackCode(new QLineEdit(this))
    , m_fallbackOk(new QPushButton(tr("Se connecter"), this))
    , m_forgotCard(new QPushButton(tr("Carte oubliée ?"), this))
{
    setObjectName(QStringLiteral("lockScreen"));
    m_reason->setObjectName(QStringLiteral("lock.reason"));
    m_message->setObjectName(QStringLiteral("lock.message"));
    m_holder->setObjectName(QStringLiteral("lock.holder"));
    m_tries->setObjectName(QStringLiteral("lock.tries"));
    m_pin->setObjectName(QStringLiteral("lock.pin"));
    m_pinOk->setObjectName(QStringLiteral("lock.pinOk"));
    m_finess->setObjectName(QStringLiteral("lock.finess"));
    m_finessOk->setObjectName(QStringLiteral("lock.finessOk"));
    for (QLabel* l : {m_reason, m_message, m_holder, m_tries, m_finessHolder}) {
        l->setAlignment(Qt::AlignCenter);
        l->setWordWrap(true);
    }
    m_message->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold"));
    m_status->setObjectName(QStringLiteral("lock.status"));
    m_status->setAlignment(Qt::AlignCenter);
    m_message->setVisible(false);

    // Panel 0: insert a card.
    auto* insert = new QWidget(m_panels);
    auto* insertLayout = new QVBoxLayout(insert);
    insertLayout->addWidget(heading(tr("Insérez votre carte CPS ou CPE"), insert, 1.6));
    auto* hint
        = new QLabel(tr("Le poste est verrouillé : aucune donnée de santé n'est affichée. Chaque membre de "
                        "l'équipe se connecte avec sa propre carte ; retirer la carte verrouille le poste."),
                     insert);
    hint->setWordWrap(true);
    hint->setAlignment(Qt::AlignCenter);
    insertLayout->addWidget(hint);
    m_hint->setObjectName(QStringLiteral("lock.hint"));
    m_hint->setWordWrap(true);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setTextFormat(Qt::RichText);
    m_hint->setStyleSheet(QStringLiteral("background:#fff3cd; color:#5c4400; padding:8px;"));
    m_hint->setVisible(false);
    insertLayout->addWidget(m_hint);

    // Panel 1: PIN.
    auto* pinPanel = new QWidget(m_panels);
    auto* pinLayout = new QVBoxLayout(pinPanel);
    pinLayout->addWidget(heading(tr("Code porteur"), pinPanel, 1.6));
    pinLayout->addWidget(m_holder);
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setMaxLength(4);
    m_pin->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,4}")), m_pin));
    m_pin->setAlignment(Qt::AlignCenter);
    m_pin->setFixedWidth(160);
    m_pin->setPlaceholderText(tr("4 chiffres"));
    m_pin->setContextMenuPolicy(Qt::NoContextMenu);
    auto* pinRow = new QHBoxLayout;
    pinRow->addStretch();
    pinRow->addWidget(m_pin);
    pinRow->addWidget(m_pinOk);
    pinRow->addStretch();
    pinLayout->addLayout(pinRow);
    pinLayout->addWidget(m_tries);

    // Panel 2: FINESS, on the first start of a pharmacy.
    auto* finessPanel = new QWidget(m_panels);
    auto* finessLayout = new QVBoxLayout(finessPanel);
    finessLayout->addWidget(heading(tr("Nouvelle officine"), finessPanel, 1.6));
    finessLayout->addWidget(m_finessHolder);
    m_finess->setPlaceholderText(tr("N° FINESS de l'officine (9 caractères)"));
    m_finess->setMaxLength(11);
    m_finess->setFixedWidth(260);
    auto* finessRow = new QHBoxLayout;
    finessRow->addStretch();
    finessRow->addWidget(m_finess);
    finessRow->addWidget(m_finessOk);
    finessRow->addStretch();
    finessLayout->addLayout(finessRow);

    // Panel 3: a forgotten card (password + one-time code), for accounts the titulaire allowed.
    auto* fallbackPanel = new QWidget(m_panels);
    auto* fallbackLayout = new QVBoxLayout(fallbackPanel);
    fallbackLayout->addWidget(heading(tr("Connexion sans carte"), fallbackPanel, 1.6));
    m_fallbackAccount->setObjectName(QStringLiteral("lock.fallbackAccount"));
    m_fallbackPassword->setObjectName(QStringLiteral("lock.fallbackPassword"));
    m_fallbackCode->setObjectName(QStringLiteral("lock.fallbackCode"));
    m_fallbackOk->setObjectName(QStringLiteral("lock.fallbackOk"));
    m_forgotCard->setObjectName(QStringLiteral("lock.forgotCard"));
    m_fallbackPassword->setEchoMode(QLineEdit::Password);
    m_fallbackPassword->setPlaceholderText(tr("Mot de passe"));
    m_fallbackCode->setPlaceholderText(tr("Code à usage unique (6 chiffres)"));
    m_fallbackCode->setMaxLength(6);
    auto* fallbackForm = new QVBoxLayout;
    for (QWidget* w :
         std::initializer_list<QWidget*> {m_fallbackAccount, m_fallbackPassword, m_fallbackCode}) {
        w->setFixedWidth(320);
        fallbackForm->addWidget(w, 0, Qt::AlignHCenter);
    }
    auto* back = new QPushButton(tr("Retour"), fallbackPanel);
    auto* fallbackButtons = new QHBoxLayout;
    fallbackButtons->addStretch();
    fallbackButtons->addWidget(back);
    fallbackButtons->addWidget(m_fallbackOk);
    fallbackButtons->addStretch();
    fallbackLayout->addLayout(fallbackForm);
    fallbackLayout->addLayout(fallbackButtons);
    insertLayout->addWidget(m_forgotCard, 0, Qt::AlignHCenter);
    m_forgotCard->setFlat(true);
    m_forgotCard->setVisible(m_flow.fallback() != nullptr);
    connect(m_forgotCard, &QPushButton::clicked, this, &LockScreen::showFallback);
    connect(back, &QPushButton::clicked, this, &LockScreen::backToCard);
    connect(m_fallbackOk, &QPushButton::clicked, this, &LockScreen::submitFallback);
    connect(m_fallbackCode, &QLineEdit::returnPressed, this, &LockScreen::submitFallback);

    m_panels->addWidget(insert);
    m_panels->addWidget(pinPanel);
    m_panels->addWidget(finessPanel);
    m_panels->addWidget(fallbackPanel);

    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/officine.svg")).pixmap(72, 72));
    icon->setAlignment(Qt::AlignCenter);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(icon);
    layout->addWidget(m_reason);
    layout->addWidget(m_panels);
    layout->addWidget(m_status);
    layout->addWidget(m_message);
    layout->addStretch(3);
    layout->setContentsMargins(80, 20, 80, 20);

    connect(m_pinOk, &QPushButton::clicked, this, &LockScreen::submitPin);
    connect(m_pin, &QLineEdit::returnPressed, this, &LockScreen::submitPin);
    connect(m_finessOk, &QPushButton::clicked, this,
            [this]() { m_flow.confirmFiness(m_finess->text().trimmed()); });
    connect(m_finess, &QLineEdit::returnPressed, m_finessOk, &QPushButton::click);
    connect(&m_flow, &Auth::SignInFlow::pinNeeded, this, &LockScreen::showPin);
    connect(&m_flow, &Auth::SignInFlow::finessNeeded, this, &LockScreen::showFiness);
    connect(&m_flow, &Auth::SignInFlow::failed, this, &LockScreen::showFailure);
    connect(&m_flow, &Auth::SignInFlow::stepChanged, this, [this](Auth::SignInFlow::Step step) {
        m_pinOk->setEnabled(step == Auth::SignInFlow::Step::WaitingForPin);
        m_pin->setEnabled(step == Auth::SignInFlow::Step::WaitingForPin);
        if (step == Auth::SignInFlow::Step::Reading) {
            m_message->setVisible(false);
            m_status->setText(tr("Lecture de la carte…"));
        } else if (step == Auth::SignInFlow::Step::Signing) {
            m_status->setText(tr("Vérification du code porteur et de la carte…"));
        } else {
            m_status->clear();
            if (step == Auth::SignInFlow::Step::Idle) {
                backToCard();
            }
        }
    });
}

void LockScreen::setReason(const QString& text)
{
    m_reason->setText(text);
    m_message->setVisible(false);
    backToCard();
}

void LockScreen::showFallback()
{
    m_fallbackAccount->clear();
    auto candidates
        = m_flow.fallback() ? m_flow.fallback()->candidates() : Result<QList<QPair<QString, QString>>>();
    if (candidates) {
        for (const auto& [uuid, name] : *candidates) {
            m_fallbackAccount->addItem(name, uuid);
        }
    }
    m_message->setVisible(false);
    if (m_fallbackAccount->count() == 0) {
        m_message->setText(
            tr("Aucun compte n'est autorisé à se connecter sans carte : le titulaire l'autorise "
               "compte par compte, depuis l'Administration."));
        m_message->setVisible(true);
        return;
    }
    m_panels->setCurrentIndex(3);
    m_fallbackPassword->setFocus();
}

void LockScreen::submitFallback()
{
    SecureBuffer password = takeSecret(m_fallbackPassword);
    const QString code = m_fallbackCode->text();
    m_fallbackCode->clear();
    m_flow.signInWithoutCard(m_fallbackAccount->currentData().toString(), std::move(password), code);
}

void LockScreen::setHint(const QString& text)
{
    m_hint->setText(text);
    m_hint->setVisible(!text.isEmpty());
}

void LockScreen::backToCard()
{
    m_pin->clear();
    m_finess->clear();
    m_fallbackPassword->clear();
    m_fallbackCode->clear();
    m_panels->setCurrentIndex(0);
}

void LockScreen::showPin(const Auth::PinPrompt& prompt)
{
    m_holder->setText(tr("%1 — %2").arg(prompt.holder, prompt.roleLabel));
    m_tries->setText(prompt.triesLeft >= 0 ? tr("%n essai(s) restant(s) avant le blocage de la carte.",
                                                nullptr, prompt.triesLeft)
                                           : QString());
    m_pin->clear();
    m_panels->setCurrentIndex(1);
    m_pin->setFocus();
}

void LockScreen::showFiness(const Auth::PinPrompt& prompt)
{
    m_finessHolder->setText(
        tr("%1, votre carte de pharmacien ouvre cette officine dont vous serez le titulaire. "
           "Confirmez son numéro FINESS.")
            .arg(prompt.holder));
    m_panels->setCurrentIndex(2);
    m_finess->setFocus();
}

void LockScreen::showFailure(const Officine::Error& error, bool retryPin)
{
    m_message->setText(error.userText);
    m_message->setVisible(true);
    if (retryPin) {
        m_pin->clear();
        if (error.detail >= 0) {
            m_tries->setText(
                tr("%n essai(s) restant(s) avant le blocage de la carte.", nullptr, error.detail));
        }
        m_pin->setFocus();
    }
}

void LockScreen::submitPin()
{
    // Out of the widget at once, handed over in locked memory.
    m_flow.submitPin(takeSecret(m_pin));
}

} // namespace Officine::Ui
