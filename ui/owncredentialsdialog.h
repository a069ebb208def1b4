#pragma once

#include "shellcontext.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace Officine::Ui {

/// "Connexion sans carte": the signed-in staff member sets a password and enrols an
/// authenticator app by scanning a QR code, confirmed by one code. The titulaire then allows the
/// account to use it (for a day the card is forgotten).
class OwnCredentialsDialog : public QDialog
{
    Q_OBJECT

public:
    OwnCredentialsDialog(const ShellContext& context, const QString& accountUuid, const QString& label,
                         QWidget* parent = nullptr);
    ~OwnCredentialsDialog() override;
    bool apply();
    void accept() override;
    /// The enrolment key (tests read it to compute a code, as a phone would).
    QByteArrayView secretForTests() const { return m_secret.view(); }

private:
    void showProblem(const QString& text);

    const ShellContext& m_context;
    QString m_accountUuid;
    SecureBuffer m_secret;
    QLineEdit* m_password;
    QLineEdit* m_confirm;
    QLineEdit* m_code;
    QLabel* m_problem;
};

} // namespace Officine::Ui
