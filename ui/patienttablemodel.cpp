#include "patienttablemodel.h"

#include <QLocale>

namespace Officine::Ui {

PatientTableModel::PatientTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void PatientTableModel::setPatients(std::vector<Model::PatientSummary> patients)
{
    beginResetModel();
    m_patients = std::move(patients);
    endResetModel();
}

void PatientTableModel::clear()
{
    setPatients({});
}

const Model::PatientSummary* PatientTableModel::patientAt(int row) const
{
    return row >= 0 && row < static_cast<int>(m_patients.size()) ? &m_patients[static_cast<size_t>(row)]
                                                                 : nullptr;
}

int PatientTableModel::rowOf(const QString& uuid) const
{
    for (size_t i = 0; i < m_patients.size(); ++i) {
        if (m_patients[i].uuid == uuid) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

int PatientTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_patients.size());
}

int PatientTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PatientTableModel::data(const QModelIndex& index, int role) const
{
    const Model::PatientSummary* p = patientAt(index.row());
    if (!p) {
        return {};
    }
    if (role == UuidRole) {
        return p->uuid;
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case Name:
        return p->familyName();
    case GivenNames:
        return p->givenNames;
    case BirthDate: {
        const QString date = p->birthDate.toDisplay();
        return p->ageYears < 0 ? date : tr("%1 (%n an(s))", nullptr, p->ageYears).arg(date);
    }
    case City:
        return p->city;
    case Phone:
        return p->phone;
    default:
        return {};
    }
}

QVariant PatientTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Name:
        return tr("Nom");
    case GivenNames:
        return tr("Prénoms");
    case BirthDate:
        return tr("Naissance");
    case City:
        return tr("Ville");
    case Phone:
        return tr("Téléphone");
    default:
        return {};
    }
}

} // namespace Officine::Ui
