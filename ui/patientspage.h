#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTabWidget;

namespace Officine::Commands {
class CommandExecutor;
}
namespace Officine::Services {
class PatientDirectory;
class AuditLog;
} // namespace Officine::Services

namespace Officine::Ui {

class AuditView;
class PatientFileView;
class PatientTableModel;

/// Patients: the as-you-type search over the whole width (names, birth dates in any format,
/// NIR), keyboard first — type, arrows, Enter opens, Échap comes back — and the patient file as
/// a screen of its own (PatientFileView). Only a deliberate act opens a file.
class PatientsPage : public QWidget
{
    Q_OBJECT

public:
    /// `auditLog` adds the file's "Historique des accès" tab (who saw or changed the file).
    PatientsPage(Services::PatientDirectory& directory, Commands::CommandExecutor& executor,
                 Services::AuditLog* auditLog = nullptr, QWidget* parent = nullptr);

    QLineEdit* searchField() const { return m_search; }
    QTableView* table() const { return m_table; }
    PatientTableModel* model() const { return m_model; }
    PatientFileView* fileView() const { return m_file; }
    QPushButton* newPatientButton() const { return m_new; }
    QTabWidget* detailTabs() const;
    AuditView* historyView() const;
    /// The file open on screen (empty when the list is shown).
    QString openPatient() const;
    bool isFileShown() const;

public Q_SLOTS:
    void refresh();
    /// Opens a file by UUID (a duplicate candidate, a link): a consultation.
    void openFile(const QString& uuid);
    void newPatient();
    /// Back to the list; asks first when typed changes would be lost. Returns false if the user
    /// stays on the file.
    bool closeFile();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void openAt(const QModelIndex& index);

    Services::PatientDirectory& m_directory;
    QStackedWidget* m_stack;
    QWidget* m_listPage;
    QLineEdit* m_search;
    QPushButton* m_new;
    QTableView* m_table;
    PatientTableModel* m_model;
    QLabel* m_count;
    QLabel* m_message;
    PatientFileView* m_file;
};

} // namespace Officine::Ui
