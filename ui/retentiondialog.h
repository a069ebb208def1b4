#pragma once

#include "retention/retentionpolicy.h"
#include "shellcontext.h"

#include <QDialog>
#include <vector>

class QLabel;
class QSpinBox;
class QTableWidget;

namespace Officine::Ui {

/// "Durées de conservation": the retention policy in force, category by category, with the
/// legal floor and its source beside each; the titulaire changes the periods (SettingsManage).
/// A period below its floor is refused with the reason and nothing typed is lost.
class RetentionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RetentionDialog(const ShellContext& context, QWidget* parent = nullptr);
    /// Saves the changed categories; false (and the reason shown) if one is refused.
    bool apply();
    void accept() override;

private:
    const ShellContext& m_context;
    QTableWidget* m_table;
    QLabel* m_problem;
    std::vector<Retention::Rule> m_loaded;
    std::vector<QSpinBox*> m_active;
    std::vector<QSpinBox*> m_archive;
};

} // namespace Officine::Ui
