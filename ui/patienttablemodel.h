#pragma once

#include "model/patient.h"

#include <QAbstractTableModel>
#include <vector>

namespace Officine::Ui {

/// The patient list's rows, fed by the PatientDirectory (never by SQL).
class PatientTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, GivenNames, BirthDate, Sex, City, Status, ColumnCount };
    static constexpr int UuidRole = Qt::UserRole + 1;

    explicit PatientTableModel(QObject* parent = nullptr);

    void setPatients(std::vector<Model::PatientSummary> patients);
    void clear();
    const Model::PatientSummary* patientAt(int row) const;
    /// The row of a patient, or -1.
    int rowOf(const QString& uuid) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<Model::PatientSummary> m_patients;
};

} // namespace Officine::Ui
