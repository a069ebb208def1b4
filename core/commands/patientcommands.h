#pragma once

#include "commands/command.h"
#include "model/patient.h"

#include <QCoreApplication>

namespace Officine::Commands {

/// Checks a patient's identity and contact fields; shared by creation and edition.
Result<void> validatePatient(const Model::Patient& patient, const QDate& today);

class CreatePatientCommand final : public Command
{
public:
    CreatePatientCommand(Model::Patient draft, QDate today);
    QString id() const override { return QStringLiteral("patient.create"); }
    Permission requiredPermission() const override { return Permission::PatientWrite; }
    Result<void> validate() const override;
    Result<void> apply(CommandContext& context) override;
    CommandTarget target() const override { return {QStringLiteral("patient"), m_patient.meta.uuid}; }
    const Model::Patient& patient() const { return m_patient; }

private:
    Model::Patient m_patient;
    QDate m_today;
};

class UpdatePatientCommand final : public Command
{
public:
    /// `edited.meta.revision` is the revision the user started from.
    UpdatePatientCommand(Model::Patient edited, QDate today);
    QString id() const override { return QStringLiteral("patient.update"); }
    Permission requiredPermission() const override { return Permission::PatientWrite; }
    Result<void> validate() const override;
    Result<void> apply(CommandContext& context) override;
    CommandTarget target() const override { return {QStringLiteral("patient"), m_patient.meta.uuid}; }
    const Model::Patient& patient() const { return m_patient; }

private:
    Model::Patient m_patient;
    QDate m_today;
};

} // namespace Officine::Commands
