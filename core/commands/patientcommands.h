#pragma once

#include "commands/command.h"
#include "model/patient.h"

#include <QCoreApplication>

namespace Officine::Commands {

/// Checks a patient's identity and contact fields; shared by creation and edition.
Result<void> validatePatient(const Model::Patient& patient, const QDate& today);

/// What creating and editing a patient share: the record (normalised as typed: NIR without
/// spaces, names trimmed), its validation, the permission and the target.
class PatientWriteCommand : public Command
{
public:
    Permission requiredPermission() const override { return Permission::PatientWrite; }
    Result<void> validate() const override { return validatePatient(m_patient, m_today); }
    CommandTarget target() const override
    {
        return {QStringLiteral("patient"), m_patient.meta.uuid, m_patient.meta.uuid};
    }
    QStringList changedFields() const override { return m_changed; }
    const Model::Patient& patient() const { return m_patient; }

protected:
    PatientWriteCommand(Model::Patient patient, QDate today);
    Model::Patient m_patient;
    QDate m_today;
    QStringList m_changed;
};

class CreatePatientCommand final : public PatientWriteCommand
{
public:
    CreatePatientCommand(Model::Patient draft, QDate today)
        : PatientWriteCommand(std::move(draft), today)
    {
    }
    QString id() const override { return QStringLiteral("patient.create"); }
    Audit::Action auditAction() const override { return Audit::Action::Create; }
    Result<void> apply(CommandContext& context) override;
};

class UpdatePatientCommand final : public PatientWriteCommand
{
public:
    /// `edited.meta.revision` is the revision the user started from.
    UpdatePatientCommand(Model::Patient edited, QDate today)
        : PatientWriteCommand(std::move(edited), today)
    {
    }
    QString id() const override { return QStringLiteral("patient.update"); }
    Audit::Action auditAction() const override { return Audit::Action::Update; }
    Result<void> apply(CommandContext& context) override;
};

} // namespace Officine::Commands
