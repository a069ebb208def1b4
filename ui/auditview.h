#pragma once

#include "audit/audittrail.h"
#include "services/auditlog.h"

#include <QWidget>
#include <functional>

class QIODevice;

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace Officine::Services {
class PatientDirectory;
}

namespace Officine::Ui {

/// The audit viewer: filters (patient, staff member, action, period), the entries in French, and
/// the export of what is shown to CSV or PDF (itself audited). Used by the Traçabilité page and,
/// fixed to one patient, by a patient file's "Historique des accès" tab.
class AuditView : public QWidget
{
    Q_OBJECT

public:
    /// `patients` is used to pick a patient by name; null with a fixed patient.
    AuditView(Services::AuditLog& log, Services::PatientDirectory* patients, QWidget* parent = nullptr);

    /// Restricts to one patient and hides the patient filter.
    void setFixedPatient(const QString& uuid);
    Audit::Filter filter() const;
    QTableView* table() const { return m_table; }
    int rowCount() const;
    const std::vector<Services::AuditRow>& rows() const { return m_rows; }

    Result<void> exportCsv(const QString& path);
    Result<void> exportPdf(const QString& path);

public Q_SLOTS:
    /// Runs the query for the current filters.
    void refresh();
    /// Also reloads the team list of the staff filter (a scan of the trail): when the page is shown.
    void reload();

private:
    /// Writes an export through `write`, renames it into place, then records it.
    Result<void> writeExport(const QString& path, const QString& format,
                             const std::function<Result<void>(QIODevice&)>& write);
    void findPatients();
    void reloadActors();
    QString describeFilter() const;

    Services::AuditLog& m_log;
    Services::PatientDirectory* m_patients;
    QString m_fixedPatient;
    QLineEdit* m_patientSearch;
    QComboBox* m_patient;
    QComboBox* m_staff;
    QComboBox* m_action;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QTableView* m_table;
    QStandardItemModel* m_model;
    QLabel* m_status;
    QPushButton* m_csv;
    QPushButton* m_pdf;
    QWidget* m_patientRow;
    std::vector<Services::AuditRow> m_rows;
};

} // namespace Officine::Ui
