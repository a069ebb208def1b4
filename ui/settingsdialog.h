#pragma once

#include "shellcontext.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Officine::Ui {

/// The titulaire's settings: language, daily backup (folder, how many to keep, hour,
/// passphrase kept in the keychain), sync server. Reads and writes typed Settings keys.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(const ShellContext& context, QWidget* parent = nullptr);

    /// Validates and saves; on a problem shows it in the dialog and returns false, keeping
    /// everything that was typed.
    bool apply();

    void accept() override;

private:
    void chooseFolder();
    void showProblem(const QString& text);

    const ShellContext& m_context;
    QComboBox* m_language;
    QSpinBox* m_inactivity;
    QLineEdit* m_backupFolder;
    QSpinBox* m_backupKeep;
    QSpinBox* m_backupHour;
    QLineEdit* m_passphrase;
    QLineEdit* m_passphraseConfirm;
    QLabel* m_passphraseState;
    QLabel* m_problem;
};

} // namespace Officine::Ui
