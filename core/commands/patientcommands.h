#pragma once

#include "commands/command.h"
#include "identity/patientvalidation.h"
#include "insi/insi.h"
#include "model/patient.h"
#include "storage/patienthistory.h"

#include <QCoreApplication>

namespace Officine::Commands {

/// Where a change of a patient file comes from (kept in the rectification history).
enum class ChangeSource { Statement, Document, Insi, Import, Team };
QString changeSourceId(ChangeSource s);
QString changeSourceLabel(const QString& id);

/// Whether this store may hold INS of the test and demonstration systems (meta
/// `ins_environment` = demo or test: the demo pharmacy and the test suites).
bool insTestIdentifiersAllowed(Storage::Store& store);

/// What creating and editing a patient share: the record (normalised as typed: NIR without
/// spaces, names trimmed), its validation field by field, the target, and the reason and source
/// the rectification history keeps.
class PatientWriteCommand : public Command
{
public:
    Permission requiredPermission() const override { return Permission::PatientWrite; }
    Result<void> validate() const override;
    CommandTarget target() const override
    {
        return {QStringLiteral("patient"), m_patient.meta.uuid, m_patient.meta.uuid};
    }
    QStringList changedFields() const override { return m_changed; }
    const Model::Patient& patient() const { return m_patient; }
    /// Why, and on what evidence, the file changes (shown in its history).
    void setRectification(ChangeSource source, const QString& reason)
    {
        m_source = source;
        m_reason = reason.simplified();
    }

protected:
    PatientWriteCommand(Model::Patient patient, QDate today);
    Result<void> checkIdentifiers(CommandContext& context) const;
    Result<void> recordHistory(CommandContext& context, const QString& kind,
                               std::vector<Storage::FieldChange> changes);
    Model::Patient m_patient;
    QDate m_today;
    QStringList m_changed;
    ChangeSource m_source = ChangeSource::Statement;
    QString m_reason;
};

/// A new file. It starts provisoire whatever the draft says (evidence is recorded by the
/// identity commands). The same NIR as an existing file is refused; other likely duplicates
/// (PatientRepository::duplicateCandidates) are refused until the user has seen them.
class CreatePatientCommand final : public PatientWriteCommand
{
    Q_DECLARE_TR_FUNCTIONS(CreatePatientCommand)

public:
    CreatePatientCommand(Model::Patient draft, QDate today)
        : PatientWriteCommand(std::move(draft), today)
    {
    }
    QString id() const override { return QStringLiteral("patient.create"); }
    Audit::Action auditAction() const override { return Audit::Action::Create; }
    /// Setting reliability attributes at creation is an identity-vigilance act.
    std::optional<Permission> furtherPermission(CommandContext&) override;
    Result<void> apply(CommandContext& context) override;
    /// The user saw the candidates and creates a distinct file anyway (a homonym).
    void setDuplicatesReviewed(bool reviewed) { m_duplicatesReviewed = reviewed; }

private:
    bool m_duplicatesReviewed = false;
};

/// An edit of the file in place. Contact and clinical data need PatientWrite; the identity
/// (traits, INS matricule, reliability attributes) needs PatientIdentity and a reason. A change
/// of a strict trait voids the document check (the new traits must be checked again), and the
/// INSi result counts only while its traits are still the file's. A restricted file is refused.
class UpdatePatientCommand final : public PatientWriteCommand
{
    Q_DECLARE_TR_FUNCTIONS(UpdatePatientCommand)

public:
    /// `edited.meta.revision` is the revision the user started from.
    UpdatePatientCommand(Model::Patient edited, QDate today)
        : PatientWriteCommand(std::move(edited), today)
    {
    }
    QString id() const override { return QStringLiteral("patient.update"); }
    Audit::Action auditAction() const override { return Audit::Action::Update; }
    std::optional<Permission> furtherPermission(CommandContext& context) override;
    Result<void> apply(CommandContext& context) override;
};

/// Base of the commands that act on one existing file by UUID.
class PatientActCommand : public Command
{
public:
    CommandTarget target() const override { return {QStringLiteral("patient"), m_uuid, m_uuid}; }
    QStringList changedFields() const override { return m_changed; }
    QString patientUuid() const { return m_uuid; }

protected:
    explicit PatientActCommand(QString uuid, qint64 baseRevision = -1)
        : m_uuid(std::move(uuid))
        , m_baseRevision(baseRevision)
    {
    }
    /// The stored file, refused when tombstoned, archived, changed since baseRevision, or
    /// restricted (unless `evenRestricted`).
    Result<Model::Patient> loadForChange(CommandContext& context, bool evenRestricted = false) const;
    static Result<Model::Patient> loadFile(CommandContext& context, const QString& uuid, qint64 baseRevision,
                                           bool evenRestricted);
    Result<void> save(CommandContext& context, Model::Patient& patient, const Model::Patient& before,
                      const QString& kind, ChangeSource source, const QString& reason);
    Result<void> recordRight(CommandContext& context, const QString& kind, const QString& outcome,
                             const QString& detail);
    QString m_uuid;
    qint64 m_baseRevision;
    QStringList m_changed;
};

/// A member of the team saw an identity document (FR Core mode-validation code) and checked it
/// against the traits: the evidence that raises the status to validée (or qualifiée with an
/// INSi result). A minor's family book or birth certificate needs the parent's own document.
class RecordIdentityDocumentCommand final : public PatientActCommand
{
    Q_DECLARE_TR_FUNCTIONS(RecordIdentityDocumentCommand)

public:
    RecordIdentityDocumentCommand(QString uuid, qint64 baseRevision, QString documentType,
                                  QString parentDocumentType = {})
        : PatientActCommand(std::move(uuid), baseRevision)
        , m_type(std::move(documentType))
        , m_parentType(std::move(parentDocumentType))
    {
    }
    QString id() const override { return QStringLiteral("patient.identity_document"); }
    Permission requiredPermission() const override { return Permission::PatientIdentity; }
    Audit::Action auditAction() const override { return Audit::Action::Update; }
    Result<void> validate() const override;
    Result<void> apply(CommandContext& context) override;
    QString auditDetail() const override { return QStringLiteral("document=") + m_type; }

private:
    QString m_type;
    QString m_parentType;
};

/// What the INSi teleservice answered for a file (pharmacists: identity vigilance).
/// - An identity found (traits or carte Vitale): once the user has compared its traits with the
///   person and their document and adopts it (setAdopted), the file takes the INS, its OID and the INS traits
///   (the differences kept in the history, source INSi); the status becomes récupérée, or
///   qualifiée when a document check is recorded. Another file with that INS is refused (merge).
/// - A verification confirmed: the result is recorded for the file's current traits and INS.
/// - A verification refused: a previous INSi result no longer counts (the status drops).
/// - No identity, several, or an identity not adopted: nothing changes; the query is audited.
/// The file must not have changed since the query (baseRevision).
class RecordInsiResultCommand final : public PatientActCommand
{
    Q_DECLARE_TR_FUNCTIONS(RecordInsiResultCommand)

public:
    RecordInsiResultCommand(QString uuid, qint64 baseRevision, Insi::Request request, Insi::Answer answer)
        : PatientActCommand(std::move(uuid), baseRevision)
        , m_request(std::move(request))
        , m_answer(std::move(answer))
    {
    }
    QString id() const override { return QStringLiteral("patient.insi"); }
    Permission requiredPermission() const override { return Permission::PatientIdentity; }
    Audit::Action auditAction() const override { return Audit::Action::Update; }
    Result<void> validate() const override;
    Result<void> apply(CommandContext& context) override;
    QString auditDetail() const override
    {
        return QStringLiteral("insi=%1 outcome=%2%3")
            .arg(Insi::operationId(m_request.operation), Insi::outcomeId(m_answer.outcome),
                 m_answer.outcome == Insi::Outcome::Found
                     ? (m_adopted ? QStringLiteral(" adopted=yes") : QStringLiteral(" adopted=no"))
                     : QString());
    }
    /// The returned identity is the person's: the user compared it and adopts it.
    void setAdopted(bool adopted) { m_adopted = adopted; }

private:
    Insi::Request m_request;
    Insi::Answer m_answer;
    bool m_adopted = false;
};

/// Two files of one person become one (pharmacists). The survivor keeps its identity and
/// gains what it lacked (contact fields, allergies, notes, photo); the absorbed file becomes a
/// tombstone that redirects to it, its history and rights requests move to the survivor, and
/// the access history of the survivor shows both.
class MergePatientsCommand final : public PatientActCommand
{
    Q_DECLARE_TR_FUNCTIONS(MergePatientsCommand)

public:
    MergePatientsCommand(QString survivorUuid, QString absorbedUuid, QString reason)
        : PatientActCommand(std::move(survivorUuid))
        , m_absorbed(std::move(absorbedUuid))
        , m_reason(reason.simplified())
    {
    }
    QString id() const override { return QStringLiteral("patient.merge"); }
    Permission requiredPermission() const override { return Permission::PatientMerge; }
    Audit::Action auditAction() const override { return Audit::Action::Update; }
    Result<void> validate() const override;
    Result<void> apply(CommandContext& context) override;
    QString auditDetail() const override { return QStringLiteral("absorbed=") + m_absorbed; }

private:
    QString m_absorbed;
    QString m_reason;
};

/// RGPD art. 18: the file becomes read-only, with a banner, until the restriction is lifted.
class SetRestrictionCommand final : public PatientActCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetRestrictionCommand)

public:
    SetRestrictionCommand(QString uuid, bool restricted, QString reason)
        : PatientActCommand(std::move(uuid))
        , m_restricted(restricted)
        , m_reason(reason.simplified())
    {
    }
    QString id() const override { return QStringLiteral("patient.restriction"); }
    Permission requiredPermission() const override { return Permission::PatientRights; }
    Audit::Action auditAction() const override { return Audit::Action::Update; }
    Result<void> validate() const override;
    Result<void> apply(CommandContext& context) override;
    QString auditDetail() const override
    {
        return m_restricted ? QStringLiteral("restriction=on") : QStringLiteral("restriction=off");
    }

private:
    bool m_restricted;
    QString m_reason;
};

/// The other rights that change how the file is handled: objection to sharing (and its
/// withdrawal), consent withdrawn (or given again), post-mortem directives.
class RecordRightsDecisionCommand final : public PatientActCommand
{
    Q_DECLARE_TR_FUNCTIONS(RecordRightsDecisionCommand)

public:
    enum class Kind { Objection, ObjectionLifted, ConsentWithdrawn, ConsentGiven, PostMortemDirectives };
    RecordRightsDecisionCommand(QString uuid, Kind kind, QString detail)
        : PatientActCommand(std::move(uuid))
        , m_kind(kind)
        , m_detail(detail.trimmed())
    {
    }
    QString id() const override { return QStringLiteral("patient.rights"); }
    Permission requiredPermission() const override { return Permission::PatientRights; }
    Audit::Action auditAction() const override { return Audit::Action::Update; }
    Result<void> validate() const override;
    Result<void> apply(CommandContext& context) override;
    QString auditDetail() const override { return QStringLiteral("right=") + kindId(m_kind); }
    static QString kindId(Kind k);

private:
    Kind m_kind;
    QString m_detail;
};

/// RGPD art. 17, on the patient's request. While a legal retention runs on their data (the
/// patient-file rule from the last clinical change: allergies, notes, later dispensing), the
/// request is recorded as refused with the legal ground and the date it ends — the command
/// succeeds, refused() tells. Otherwise the file becomes a tombstone without health data.
class ErasePatientCommand final : public PatientActCommand
{
    Q_DECLARE_TR_FUNCTIONS(ErasePatientCommand)

public:
    ErasePatientCommand(QString uuid, QString reason)
        : PatientActCommand(std::move(uuid))
        , m_reason(reason.simplified())
    {
    }
    QString id() const override { return QStringLiteral("patient.erase"); }
    Permission requiredPermission() const override { return Permission::PatientRights; }
    Audit::Action auditAction() const override { return Audit::Action::Delete; }
    Result<void> apply(CommandContext& context) override;
    QString auditDetail() const override
    {
        return m_refusal.isEmpty() ? QStringLiteral("erasure=done") : QStringLiteral("erasure=refused");
    }
    /// Empty when the file was erased; else the French answer to give the patient.
    QString refusal() const { return m_refusal; }
    QDate retainedUntil() const { return m_until; }

private:
    QString m_reason;
    QString m_refusal;
    QDate m_until;
};

/// Records that a copy of the file was handed to the patient (RGPD art. 15, a PDF) or exported
/// for portability (art. 20, a FHIR Bundle), once the file is written: a rights event and an
/// `export` audit entry with the format and size (never the content).
class RecordPatientExportCommand final : public PatientActCommand
{
public:
    enum class Kind { Access, Portability };
    RecordPatientExportCommand(QString uuid, Kind kind, QString format, qint64 bytes)
        : PatientActCommand(std::move(uuid))
        , m_kind(kind)
        , m_format(std::move(format))
        , m_bytes(bytes)
    {
    }
    QString id() const override { return QStringLiteral("patient.export"); }
    Permission requiredPermission() const override { return Permission::PatientRights; }
    Audit::Action auditAction() const override { return Audit::Action::Export; }
    Result<void> apply(CommandContext& context) override;
    QString auditDetail() const override
    {
        return QStringLiteral("right=%1;format=%2;bytes=%3")
            .arg(m_kind == Kind::Access ? QStringLiteral("access") : QStringLiteral("portability"), m_format)
            .arg(m_bytes);
    }

private:
    Kind m_kind;
    QString m_format;
    qint64 m_bytes;
};

/// The patient's photo (JPEG or PNG, at most 2 MiB, already scaled by the screen that took it),
/// or its removal with empty bytes. Shown on the file and, later, on pill-organiser labels.
class SetPatientPhotoCommand final : public PatientActCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetPatientPhotoCommand)

public:
    static constexpr qsizetype maximumBytes = 2 * 1024 * 1024;
    SetPatientPhotoCommand(QString uuid, QByteArray data)
        : PatientActCommand(std::move(uuid))
        , m_data(std::move(data))
    {
    }
    QString id() const override { return QStringLiteral("patient.photo"); }
    Permission requiredPermission() const override { return Permission::PatientWrite; }
    Audit::Action auditAction() const override { return Audit::Action::Update; }
    Result<void> validate() const override;
    Result<void> apply(CommandContext& context) override;
    /// "image/jpeg", "image/png", or empty for bytes that are neither.
    static QString imageType(const QByteArray& data);

private:
    QByteArray m_data;
};

} // namespace Officine::Commands
