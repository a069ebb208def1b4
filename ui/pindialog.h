#pragma once

#include "util/securebuffer.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace Officine::Ui {

/// Asks the card's PIN (code porteur) for an operation other than sign-in: signing the audit
/// trail. The PIN leaves the widget at once into locked memory (take()).
class PinDialog : public QDialog
{
    Q_OBJECT

public:
    PinDialog(const QString& purpose, QWidget* parent = nullptr);
    /// The typed PIN, moved out of the field (which is cleared) into locked memory.
    SecureBuffer take();

private:
    QLineEdit* m_pin;
};

} // namespace Officine::Ui
