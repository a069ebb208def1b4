#pragma once

#include "commands/actor.h"
#include "platform/profile.h"
#include "settings/settings.h"
#include "storage/secretstore.h"
#include "storage/store.h"

#include <QCoreApplication>

namespace Officine::Platform {

/// The demo pharmacy behind `officine --demo`: a separate encrypted store filled by the seeded
/// generator with fictitious patients, a daily backup to a folder of its own, and a
/// demonstration titulaire as the acting staff member until card sign-in exists.
class DemoPharmacy
{
    Q_DECLARE_TR_FUNCTIONS(DemoPharmacy)

public:
    static constexpr quint64 seed = 20261123;
    static constexpr int patientCount = 1500;

    /// The demo pharmacy's FINESS: fictitious (département 99), with a valid Luhn key.
    static constexpr auto finess = "990000002";

    /// Seeds an empty store (patients, and the team bound to the emulated cards that
    /// `officine-card-emulator make-cards` writes), configures the demo's backups. Idempotent.
    static Result<void> prepare(Storage::Store& store, Settings& settings, Storage::SecretStore& secrets,
                                const Profile& profile, const QDateTime& now);
    /// The curated files a demonstration shows: homonyms, likely duplicates, a restricted file,
    /// a partial birth date, care-home residents with photos.
    static Result<void> addShowcase(Storage::Store& store, const QDateTime& now);
    /// The demo's drug catalogue: the files of `bdpmFolder` (the real BDPM, `--bdpm DIR`) when
    /// given and not already in service, else, when no catalogue is in service, the small one
    /// the project writes (resources/demo/bdpm). Seeded like the patients, without a command.
    static Result<void> prepareCatalogue(Storage::Store& store, const QString& bdpmFolder, const QDateTime& now);
    /// Who acts in the demo without its card emulators: the demo titulaire's account.
    static Commands::Actor actor(Storage::Store& store);
};

} // namespace Officine::Platform
