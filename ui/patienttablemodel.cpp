#include "patienttablemodel.h"

#include "identity/identityvigilance.h"
#include "model/patientfields.h"

#include <QColor>
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
    if (role == Qt::ForegroundRole && index.column() == Status) {
        switch (p->identityStatus) {
        case Model::IdentityStatus::Qualifiee:
            return QColor(0x11, 0x6b, 0x34);
        case Model::IdentityStatus::Validee:
        case Model::IdentityStatus::Recuperee:
            return QColor(0x1d, 0x4f, 0x85);
        case Model::IdentityStatus::Provisoire:
            return QColor(0x8a, 0x4b, 0x00);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Status) {
        return Identity::Vigilance::statusExplanation(p->identityStatus);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case Name:
        return p->familyName();
    case GivenNames:
        return p->usedGivenName.isEmpty() ? p->givenNames
                                          : tr("%1 (dit %2)").arg(p->givenNames, p->usedGivenName);
    case BirthDate: {
        const QString date = p->birthDate.toDisplay();
        return p->ageYears < 0 ? date : tr("%1 (%n an(s))", nullptr, p->ageYears).arg(date);
    }
    case Sex:
        return Model::sexShortLabel(p->sex);
    case City:
        return p->city;
    case Status:
        return p->restricted ? tr("%1 · limité").arg(Identity::Vigilance::statusShortLabel(p->identityStatus))
                             : Identity::Vigilance::statusShortLabel(p->identityStatus);
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
    case Sex:
        return tr("Sexe");
    case City:
        return tr("Commune");
    case Status:
        return tr("Identité");
    default:
        return {};
    }
}

} // namespace Officine::Ui
