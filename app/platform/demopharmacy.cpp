#include "demopharmacy.h"

#include "demo/demogenerator.h"
#include "logging/logging.h"
#include "storage/patientrepository.h"
#include "storage/staffrepository.h"

#include <QDir>

namespace Officine::Platform {

Result<void> DemoPharmacy::prepare(Storage::Store& store, Settings& settings, Storage::SecretStore& secrets,
                                   const Profile& profile, const QDateTime& now)
{
    auto count = Storage::PatientRepository(store).count();
    if (!count) {
        return fail(count.error());
    }
    if (*count == 0) {
        Demo::DemoGenerator generator(seed, now.toLocalTime().date());
        auto inserted = generator.populate(store, patientCount, {store.workstationId(), now});
        if (!inserted) {
            return fail(inserted.error());
        }
        qCInfo(lcApp) << "demo pharmacy seeded with" << *inserted << "fictitious patients";
    }
    Storage::StaffRepository staff(store);
    auto team = staff.countActive();
    if (!team) {
        return fail(team.error());
    }
    if (*team == 0) {
        // The identities of the demo cards (tools/cardemulator make-cards).
        struct Member
        {
            const char* family;
            const char* given;
            Auth::Role role;
            const char* rpps;
            const char* idNatPs;
        };
        const Member members[] = {
            {"Démo", "Claire", Auth::Role::Titulaire, "10012345673", "810012345673"},
            {"Essai", "Hugo", Auth::Role::Pharmacien, "10000000009", "810000000009"},
            {"Test", "Léa", Auth::Role::Preparateur, "", "3990000002/0042"},
        };
        auto tx = Storage::Transaction::begin(store);
        if (!tx) {
            return fail(tx.error());
        }
        for (const Member& m : members) {
            Model::StaffAccount a;
            a.familyName = QString::fromUtf8(m.family);
            a.givenName = QString::fromUtf8(m.given);
            a.role = m.role;
            a.rpps = QString::fromLatin1(m.rpps);
            a.idNatPs = QString::fromLatin1(m.idNatPs);
            if (auto r = staff.insert(a, {store.workstationId(), now}); !r) {
                return r;
            }
        }
        if (auto r = store.setMeta(QStringLiteral("finess"), QString::fromLatin1(finess)); !r) {
            return r;
        }
        if (auto c = tx->commit(); !c) {
            return c;
        }
    }
    if (settings.string(Settings::Key::BackupFolder).isEmpty()) {
        const QString folder = profile.dataDir + QStringLiteral("/sauvegardes");
        QDir().mkpath(folder);
        settings.setValue(Settings::Key::BackupFolder, folder);
        settings.setValue(Settings::Key::BackupKeep, 7);
    }
    auto passphrase = secrets.read(profile.backupPassphraseEntry);
    if (!passphrase) {
        return fail(passphrase.error());
    }
    if (!passphrase->has_value()) {
        // The demo's backup passphrase is public: the data is fictitious.
        QByteArray demo("Officine-Démo-2026");
        if (auto w = secrets.write(profile.backupPassphraseEntry, SecureBuffer::fromAndWipe(demo)); !w) {
            return w;
        }
    }
    return {};
}

Commands::Actor DemoPharmacy::actor(Storage::Store& store)
{
    // The demo titulaire's own account, so that the trail names her as it would with her card.
    Commands::Actor a;
    a.accountId = QStringLiteral("demo-titulaire");
    a.displayName = tr("Claire Démo, titulaire (démonstration)");
    if (auto account = Storage::StaffRepository(store).findByCard(QStringLiteral("810012345673"));
        account && account->has_value()) {
        a.accountId = (*account)->meta.uuid;
        a.nationalId = (*account)->idNatPs;
    }
    for (Commands::Permission p : Commands::allPermissions) {
        a.permissions.insert(p);
    }
    return a;
}

} // namespace Officine::Platform
