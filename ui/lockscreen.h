#pragma once

#include "util/result.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace Officine::Auth {
struct PinPrompt;
class SignInFlow;
} // namespace Officine::Auth

namespace Officine::Ui {

/// What the window shows when nobody is signed in or the session is locked: no health data,
/// only the invitation to insert a card, the PIN entry, and (first start) the FINESS
/// confirmation. Drives the SignInFlow; the PIN leaves the line edit at once and is wiped.
class LockScreen : public QWidget
{
    Q_OBJECT

public:
    LockScreen(Auth::SignInFlow& flow, QWidget* parent = nullptr);

    void setReason(const QString& text);
    /// A line under the invitation (the demo says how to insert its emulated cards).
    void setHint(const QString& text);

private:
    void showPin(const Auth::PinPrompt& prompt);
    void showFiness(const Auth::PinPrompt& prompt);
    void showFailure(const Officine::Error& error, bool retryPin);
    void submitPin();
    void backToCard();

    Auth::SignInFlow& m_flow;
    QStackedWidget* m_panels;
    QLabel* m_reason;
    QLabel* m_hint;
    QLabel* m_status; ///< what the card is doing (reading, checking)
    QLabel* m_message;
    QLabel* m_holder;
    QLabel* m_tries;
    QLineEdit* m_pin;
    QPushButton* m_pinOk;
    QLabel* m_finessHolder;
    QLineEdit* m_finess;
    QPushButton* m_finessOk;
    QComboBox* m_fallbackAccount;
    QLineEdit* m_fallbackPassword;
    QLineEdit* m_fallbackCode;
    QPushButton* m_fallbackOk;
    QPushButton* m_forgotCard;
    void showFallback();
    void submitFallback();
};

} // namespace Officine::Ui
