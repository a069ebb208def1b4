#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;
class QFormLayout;

namespace Officine::Services {
class PatientDirectory;
}

namespace Officine::Ui {

class PatientTableModel;

/// Patients: name-prefix search, the list, and the selected patient's identity and contact
/// (read-only; the patients issue adds edition, allergies and notes).
class PatientsPage : public QWidget
{
    Q_OBJECT

public:
    explicit PatientsPage(Services::PatientDirectory& directory, QWidget* parent = nullptr);

    QLineEdit* searchField() const { return m_search; }
    QTableView* table() const { return m_table; }
    PatientTableModel* model() const { return m_model; }

public Q_SLOTS:
    void refresh();

private:
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
};

} // namespace Officine::Ui
