#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;
class QFormLayout;

class QTabWidget;

namespace Officine::Services {
class PatientDirectory;
class AuditLog;
} // namespace Officine::Services

namespace Officine::Ui {

class PatientTableModel;

/// Patients: name-prefix search, the list, and the selected patient's identity and contact
/// (read-only; the patients issue adds edition, allergies and notes).
class PatientsPage : public QWidget
{
    Q_OBJECT

public:
    /// `auditLog` adds the "Historique des accès" tab (who saw or changed the file).
    explicit PatientsPage(Services::PatientDirectory& directory, Services::AuditLog* auditLog = nullptr,
                          QWidget* parent = nullptr);
    class AuditView* historyView() const { return m_history; }
    QTabWidget* detailTabs() const { return m_tabs; }

    QLineEdit* searchField() const { return m_search; }
    QTableView* table() const { return m_table; }
    PatientTableModel* model() const { return m_model; }
    /// The file open in the details pane (empty when none).
    QString openPatient() const { return m_openUuid; }

public Q_SLOTS:
    void refresh();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void openAt(const QModelIndex& index);
    void showDetails(const QString& uuid);
    void clearDetails();

    Services::PatientDirectory& m_directory;
    QLineEdit* m_search;
    QTableView* m_table;
    PatientTableModel* m_model;
    QLabel* m_count;
    QLabel* m_message;
    QWidget* m_details;
    QFormLayout* m_detailsForm;
    QLabel* m_detailsTitle = nullptr;
    QString m_openUuid;
    QTabWidget* m_tabs = nullptr;
    class AuditView* m_history = nullptr;
};

} // namespace Officine::Ui
