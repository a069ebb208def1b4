#pragma once

#include "model/staffaccount.h"
#include "shellcontext.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Officine::Ui {

/// The titulaire creates a team member's account and binds their card: the card goes into a
/// free reader, its certificate is read and checked, and its idNat_PS and names fill the form.
class StaffAccountDialog : public QDialog
{
    Q_OBJECT

public:
    StaffAccountDialog(const ShellContext& context, QWidget* parent = nullptr);
    /// Edits an existing account: name, role, RPPS, and (reading a new card) the bound card.
    StaffAccountDialog(const ShellContext& context, const Model::StaffAccount& account,
                       QWidget* parent = nullptr);
    /// Creates the account through the command layer; on a refusal shows it and keeps the form.
    bool apply();
    void accept() override;
    void refreshReaders();

private:
    void readCard();
    void showProblem(const QString& text);

    const ShellContext& m_context;
    QLineEdit* m_family;
    QLineEdit* m_given;
    QComboBox* m_role;
    QLineEdit* m_rpps;
    QComboBox* m_reader;
    QPushButton* m_read;
    QLabel* m_card;
    QLabel* m_problem;
    QString m_idNatPs;
    QString m_serial;
    std::optional<Model::StaffAccount> m_editing;
};

} // namespace Officine::Ui
