#include "demopharmacy.h"

#include "demo/demogenerator.h"
#include "logging/logging.h"
#include "storage/patientrepository.h"

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

Commands::Actor DemoPharmacy::actor()
{
    Commands::Actor a;
    a.accountId = QStringLiteral("demo-titulaire");
    a.displayName = tr("Claire Démo, titulaire (démonstration)");
    for (Commands::Permission p : Commands::allPermissions) {
        a.permissions.insert(p);
    }
    return a;
}

} // namespace Officine::Platform
