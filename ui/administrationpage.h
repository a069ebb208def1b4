#pragma once

#include "shellcontext.h"

#include <QWidget>
#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace Officine::Ui {

/// Administration: the store and its encryption, the daily backup and its state. Staff
/// accounts join this page with the card sign-in issue.
class AdministrationPage : public QWidget
{
    Q_OBJECT

public:
    explicit AdministrationPage(const ShellContext& context, QWidget* parent = nullptr);
    /// Asks the user to confirm (tests answer through this seam instead of a modal box).
    void setConfirmation(std::function<bool(const QString& question)> confirm)
    {
        m_confirm = std::move(confirm);
    }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void backupRequested();
    void settingsRequested();
    void newAccountRequested();
    void editAccountRequested(const QString& accountUuid);

private:
    const ShellContext& m_context;
    QLabel* m_store;
    QLabel* m_backup;
    QPushButton* m_backupNow;
    QPushButton* m_settings;
    QWidget* m_team;
    QTableWidget* m_accounts;
    QPushButton* m_newAccount;
    QPushButton* m_allowFallback;
    QPushButton* m_deactivate;
    QPushButton* m_edit;
    QLabel* m_teamProblem;
    std::function<bool(const QString&)> m_confirm;
    void toggleFallback();
    void deactivateSelected();
};

} // namespace Officine::Ui
