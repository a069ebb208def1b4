#include "demopharmacy.h"

#include "catalog/catalogrepository.h"
#include "demo/demogenerator.h"
#include "identity/identityvigilance.h"
#include "logging/logging.h"
#include "storage/patientrepository.h"
#include "storage/staffrepository.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPainterPath>

namespace Officine::Platform {

namespace {

/// A fictitious portrait: a silhouette on a pastel ground, a different tint per resident, so
/// that the demo's pill-organiser labels and files show what a photo looks like.
QByteArray silhouette(int hue)
{
    QImage image(240, 300, QImage::Format_RGB32);
    image.fill(QColor::fromHsv(hue, 40, 235));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor::fromHsv(hue, 90, 120));
    painter.drawEllipse(QPointF(120, 115), 52, 62);
    QPainterPath shoulders;
    shoulders.moveTo(20, 300);
    shoulders.cubicTo(30, 200, 210, 200, 220, 300);
    painter.drawPath(shoulders);
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 85);
    return bytes;
}

} // namespace

Result<void> DemoPharmacy::addShowcase(Storage::Store& store, const QDateTime& now)
{
    // What a demonstration needs to show beside the random files: homonyms, a pair of likely
    // duplicates, a restricted file, a partial birth date, care-home residents with photos.
    const Storage::WriteContext ctx {store.workstationId(), now};
    const QDateTime checked = now.addDays(-40);
    auto make = [](const char* family, const char* given, Model::Sex sex, Model::BirthDate born,
                   const char* city, const char* postal) {
        Model::Patient p;
        p.birthFamilyName = QString::fromUtf8(family);
        p.givenNames = QString::fromUtf8(given);
        p.sex = sex;
        p.birthDate = born;
        p.city = QString::fromUtf8(city);
        p.postalCode = QString::fromLatin1(postal);
        p.addressLine = QStringLiteral("3 place de la Mairie");
        return p;
    };
    using Model::Sex;
    std::vector<std::pair<Model::Patient, QByteArray>> files;
    // Homonyms.
    files.emplace_back(make("Martin", "Jeanne", Sex::Female, {1948, 3, 12}, "Lyon", "69003"), QByteArray());
    files.emplace_back(make("Martin", "Jeanne", Sex::Female, {1962, 11, 5}, "Brest", "29200"), QByteArray());
    // Likely duplicates: a typo in the name, a given name left out, the same day of birth.
    Model::Patient lemaire = make("Lemaire", "Jeanne Marie", Sex::Female, {1950, 4, 3}, "Tours", "37000");
    lemaire.document
        = {QStringLiteral("CN"), {}, QStringLiteral("demo"), QStringLiteral("Claire DÉMO"), checked};
    files.emplace_back(lemaire, QByteArray());
    files.emplace_back(make("Lemaitre", "Jeanne", Sex::Female, {1950, 4, 3}, "Tours", "37000"), QByteArray());
    // A restricted file.
    Model::Patient roche = make("Roche", "Simone", Sex::Female, {1941, 7, 21}, "Metz", "57000");
    roche.rights.restrictedAt = checked;
    roche.rights.restrictionReason = QStringLiteral("Exactitude de l'adresse contestée par la patiente");
    files.emplace_back(roche, QByteArray());
    // A date of birth whose day and month are unknown (born abroad).
    Model::Patient ndiaye = make("N'Diaye", "Aminata", Sex::Female, {1961, 0, 0}, "Rouen", "76000");
    ndiaye.birthPlaceCode = QStringLiteral("99341");
    files.emplace_back(ndiaye, QByteArray());
    // Care-home residents, with photos for the organiser labels.
    const struct
    {
        const char* family;
        const char* given;
        Sex sex;
        Model::BirthDate born;
        const char* room;
        int hue;
    } residents[] = {
        {"Bernard", "Lucien André", Sex::Male, {1934, 2, 14}, "12", 20},
        {"Faure", "Madeleine", Sex::Female, {1931, 9, 30}, "7", 200},
        {"Giraud", "Odette Marie", Sex::Female, {1938, 5, 2}, "21", 120},
    };
    for (const auto& r : residents) {
        Model::Patient p = make(r.family, r.given, r.sex, r.born, "Annecy", "74000");
        p.facilityName = QStringLiteral("EHPAD Les Tilleuls (fictif)");
        p.facilityFiness = QStringLiteral("990000010");
        p.facilityRoom = QString::fromLatin1(r.room);
        p.physicianName = QStringLiteral("Dr Paul EXEMPLE");
        p.physicianRpps = QStringLiteral("10000000017");
        p.allergies = {{QStringLiteral("demo-allergy-") + QString::fromLatin1(r.family),
                        false,
                        QStringLiteral("Pénicilline"),
                        QStringLiteral("urticaire"),
                        {},
                        now.date()}};
        p.careActivityAt = now;
        p.document
            = {QStringLiteral("PA"), {}, QStringLiteral("demo"), QStringLiteral("Claire DÉMO"), checked};
        files.emplace_back(p, silhouette(r.hue));
    }
    auto tx = Storage::Transaction::begin(store);
    if (!tx) {
        return fail(tx.error());
    }
    Storage::PatientRepository repo(store);
    for (auto& [p, photo] : files) {
        p.identityStatus = Identity::Vigilance::statusFor(p);
        if (auto r = repo.insert(p, ctx); !r) {
            return r;
        }
        if (!photo.isEmpty()) {
            if (auto r = repo.setPhoto(p.meta.uuid, photo, QStringLiteral("image/jpeg"), ctx); !r) {
                return r;
            }
        }
    }
    return tx->commit();
}

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
        if (auto r = addShowcase(store, now); !r) {
            return r;
        }
    }
    // The demo's INS are those of the demonstration system (OID …4.11), refused elsewhere.
    if (store.meta(QStringLiteral("ins_environment")).isEmpty()) {
        if (auto r = store.setMeta(QStringLiteral("ins_environment"), QStringLiteral("demo")); !r) {
            return r;
        }
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

Result<void> DemoPharmacy::prepareCatalogue(Storage::Store& store, const QString& bdpmFolder,
                                            const QDateTime& now)
{
    Catalog::CatalogRepository repo(store);
    auto current = repo.current();
    if (!current) {
        return fail(current.error());
    }
    const QString folder = bdpmFolder.isEmpty() ? QStringLiteral(":/demo/bdpm") : bdpmFolder;
    const QString source = bdpmFolder.isEmpty() ? QStringLiteral("catalogue de démonstration")
                                                : QFileInfo(bdpmFolder).fileName();
    if (current->has_value() && (bdpmFolder.isEmpty() || (*current)->source == source)) {
        return {};
    }
    auto files = Catalog::BdpmSource::fromPath(folder);
    if (!files) {
        return fail(files.error());
    }
    auto data = Catalog::Bdpm::parse(*files);
    if (!data) {
        return fail(data.error());
    }
    Catalog::CatalogRepository::ImportContext ctx;
    ctx.source = source;
    ctx.importedBy = QStringLiteral("demo");
    ctx.workstationId = store.workstationId();
    ctx.now = now;
    auto v = repo.importVersion(*data, ctx);
    if (!v) {
        return fail(v.error());
    }
    qCInfo(lcApp) << "demo catalogue in service:" << v->products << "products from" << source;
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
