#include "adapters.h"

#include "model/patient.h"
#include "model/staffaccount.h"
#include "storage/patienthistory.h"
#include "storage/patientrepository.h"
#include "storage/settingsrepository.h"
#include "storage/staffrepository.h"
#include "storage/store.h"
#include "util/jsonwriter.h"

#include <QJsonDocument>

namespace Officine::Sync {

namespace {

/// A record's document, or none when it is not there (erased, never received).
template<class T, class Serialize>
Result<std::optional<QByteArray>> documentOf(Result<T> record, Serialize serialize)
{
    if (!record) {
        if (record.error().code == ErrorCode::NotFound) {
            return std::optional<QByteArray>();
        }
        return fail(record.error());
    }
    return std::optional<QByteArray>(serialize(*record));
}

class PatientAdapter final : public EntityAdapter
{
public:
    QString entity() const override { return QString::fromLatin1(Storage::PatientRepository::entity); }
    Result<std::optional<QByteArray>> document(Storage::Store& store, const QString& uuid,
                                               const QByteArray&) override
    {
        return documentOf(Storage::PatientRepository(store).get(uuid), &Storage::PatientRepository::document);
    }
    /// A received file as applyRemote() writes it, its row documents serialised.
    struct Decoded
    {
        Model::Patient patient;
        Storage::PatientRepository::PreparedWrite prepared;
    };
    static Model::Patient patientOf(const ServerChange& change, const QJsonObject& doc, bool deleted)
    {
        Model::Patient p = Model::Patient::fromJson(doc);
        p.meta.uuid = change.recordId;
        p.meta.workstationId = change.workstationId;
        p.meta.deleted = deleted || p.meta.deleted;
        if (!p.meta.updatedAt.isValid()) {
            p.meta.updatedAt = QDateTime::fromString(change.at, Qt::ISODateWithMs);
        }
        return p;
    }
    std::shared_ptr<void> decode(const ServerChange& change) const override
    {
        const bool deleted = change.operation == Operation::Delete;
        auto d = std::make_shared<Decoded>();
        d->patient = patientOf(change, change.object(), deleted);
        if (!d->patient.meta.deleted) {
            d->prepared = Storage::PatientRepository::prepareRemote(d->patient);
        }
        return d;
    }
    Result<void> apply(Storage::Store& store, const ServerChange& change, const QJsonObject& doc,
                       bool deleted) override
    {
        constexpr auto deferred = Storage::PatientRepository::SearchUpdate::Deferred;
        if (change.decoded && deleted == (change.operation == Operation::Delete) && !deleted) {
            auto* d = static_cast<Decoded*>(change.decoded.get());
            return Storage::PatientRepository(store).applyRemote(d->patient, d->prepared, deferred);
        }
        Model::Patient p = patientOf(change, doc, deleted);
        return Storage::PatientRepository(store).applyRemote(p, deferred);
    }
    Result<qint64> count(Storage::Store& store) override { return Storage::PatientRepository(store).count(); }
    Result<void> catchUp(Storage::Store& store) override
    {
        auto n = Storage::PatientRepository::catchUpSearch(store);
        if (!n) {
            return fail(n.error());
        }
        return {};
    }
};

class StaffAdapter final : public EntityAdapter
{
public:
    QString entity() const override { return QString::fromLatin1(Storage::StaffRepository::entity); }
    Result<std::optional<QByteArray>> document(Storage::Store& store, const QString& uuid,
                                               const QByteArray&) override
    {
        return documentOf(Storage::StaffRepository(store).get(uuid), &Storage::StaffRepository::document);
    }
    Result<void> apply(Storage::Store& store, const ServerChange& change, const QJsonObject& doc,
                       bool deleted) override
    {
        Model::StaffAccount a = Model::StaffAccount::fromJson(doc);
        a.meta.uuid = change.recordId;
        a.meta.workstationId = change.workstationId;
        // Accounts are deactivated, never deleted (their history keeps its actor).
        if (deleted) {
            a.active = false;
        }
        if (!a.meta.updatedAt.isValid()) {
            a.meta.updatedAt = QDateTime::fromString(change.at, Qt::ISODateWithMs);
        }
        return Storage::StaffRepository(store).applyRemote(a);
    }
    Result<qint64> count(Storage::Store& store) override
    {
        return store.scalar(QStringLiteral("SELECT count(*) FROM staff_account"));
    }
};

/// The pharmacy's settings (retention periods, inactivity delay).
class SettingsAdapter final : public EntityAdapter
{
public:
    QString entity() const override { return QString::fromLatin1(Storage::SettingsRepository::entity); }
    Result<std::optional<QByteArray>> document(Storage::Store& store, const QString& uuid,
                                               const QByteArray&) override
    {
        return documentOf(Storage::SettingsRepository(store).get(uuid),
                          &Storage::SettingsRepository::document);
    }
    Result<void> apply(Storage::Store& store, const ServerChange& change, const QJsonObject& doc,
                       bool deleted) override
    {
        Storage::PharmacySetting s = Storage::PharmacySetting::fromJson(doc);
        s.meta.uuid = change.recordId;
        s.meta.workstationId = change.workstationId;
        s.meta.deleted = deleted || s.meta.deleted; // deleted: back to the default
        if (!s.meta.updatedAt.isValid()) {
            s.meta.updatedAt = QDateTime::fromString(change.at, Qt::ISODateWithMs);
        }
        if (deleted && s.key.isEmpty()) {
            // A deletion carries no document: the key is the one stored here, if any.
            auto here = Storage::SettingsRepository(store).get(change.recordId);
            if (!here) {
                return here.error().code == ErrorCode::NotFound ? Result<void>() : fail(here.error());
            }
            s.key = here->key;
            s.fields = here->fields;
        }
        return Storage::SettingsRepository(store).applyRemote(s);
    }
    Result<qint64> count(Storage::Store& store) override
    {
        return Storage::SettingsRepository(store).count();
    }
};

/// History entries and rights events: written once, kept by reference in the outbox.
class EventAdapter final : public EntityAdapter
{
public:
    explicit EventAdapter(bool rights)
        : m_rights(rights)
    {
    }
    QString entity() const override
    {
        return QString::fromLatin1(m_rights ? Storage::PatientHistory::rightsEntity
                                            : Storage::PatientHistory::entity);
    }
    Result<std::optional<QByteArray>> document(Storage::Store& store, const QString& uuid,
                                               const QByteArray& queued) override
    {
        if (!queued.isEmpty()) {
            return std::optional<QByteArray>(queued);
        }
        return Storage::PatientHistory(store).payloadAsStored(uuid);
    }
    Result<void> apply(Storage::Store& store, const ServerChange& change, const QJsonObject& doc,
                       bool) override
    {
        Storage::PatientHistory history(store);
        auto done = m_rights ? history.applyRemoteRights(doc, change.workstationId)
                             : history.applyRemote(doc, change.workstationId);
        return done ? Result<void>() : fail(done.error());
    }
    Result<qint64> count(Storage::Store& store) override
    {
        return store.scalar(m_rights ? QStringLiteral("SELECT count(*) FROM patient_rights_event")
                                     : QStringLiteral("SELECT count(*) FROM patient_history"));
    }

private:
    bool m_rights;
};

} // namespace

std::vector<std::unique_ptr<EntityAdapter>> standardAdapters()
{
    std::vector<std::unique_ptr<EntityAdapter>> out;
    out.push_back(std::make_unique<PatientAdapter>());
    out.push_back(std::make_unique<StaffAdapter>());
    out.push_back(std::make_unique<SettingsAdapter>());
    out.push_back(std::make_unique<EventAdapter>(false));
    out.push_back(std::make_unique<EventAdapter>(true));
    return out;
}

} // namespace Officine::Sync
