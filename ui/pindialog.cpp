#include "pindialog.h"

#include "secretfield.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace Officine::Ui {

PinDialog::PinDialog(const QString& purpose, QWidget* parent)
    : QDialog(parent)
    , m_pin(new QLineEdit(this))
{
    setObjectName(QStringLiteral("pinDialog"));
    setWindowTitle(tr("Code porteur"));
    auto* layout = new QVBoxLayout(this);
    auto* text = new QLabel(purpose, this);
    text->setObjectName(QStringLiteral("pin.purpose"));
    text->setWordWrap(true);
    layout->addWidget(text);
    m_pin->setObjectName(QStringLiteral("pin.code"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setMaxLength(4);
    m_pin->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,4}")), m_pin));
    m_pin->setPlaceholderText(tr("4 chiffres"));
    m_pin->setContextMenuPolicy(Qt::NoContextMenu);
    layout->addWidget(m_pin);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("pin.buttons"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Signer"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Annuler"));
    layout->addWidget(buttons);
    connect(m_pin, &QLineEdit::textChanged, buttons, [this, buttons]() {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(m_pin->text().size() == 4);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, [this]() {
        m_pin->clear();
        reject();
    });
}

SecureBuffer PinDialog::take()
{
    return takeSecret(m_pin);
}

} // namespace Officine::Ui
