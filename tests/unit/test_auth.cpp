#include "auth/fallbacksignin.h"
#include "auth/password.h"
#include "auth/role.h"
#include "auth/totp.h"
#include "commands/commandexecutor.h"
#include "commands/patientcommands.h"
#include "commands/staffcommands.h"
#include "identity/nationalids.h"
#include "services/staffdirectory.h"
#include "storage/patientrepository.h"
#include "storage/staffrepository.h"
#include "testutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Officine;
using namespace Officine::Auth;
using namespace Officine::Commands;
using namespace Officine::Storage;

namespace {

using Test::secret;

Actor actorFor(Role role, const QString& id = QStringLiteral("actor-1"))
{
    return Actor {id, QStringLiteral("x"), QString(), permissionsOf(role)};
}

Model::StaffAccount account(Role role, const char* family, const char* rpps = "", const char* card = "")
{
    Model::StaffAccount a;
    a.familyName = QString::fromUtf8(family);
    a.givenName = QStringLiteral("Camille");
    a.role = role;
    a.rpps = QString::fromLatin1(rpps);
    a.idNatPs = QString::fromLatin1(card);
    return a;
}

// Fictitious RPPS numbers with a valid Luhn key.
constexpr const char* kRppsA = "10012345673";
constexpr const char* kRppsB = "10000000009";

Model::Patient patient(const char* family = "Durand")
{
    Model::Patient p;
    p.birthFamilyName = QString::fromLatin1(family);
    p.givenNames = QStringLiteral("Paul");
    p.sex = Model::Sex::Male;
    p.birthDate = QDate(1950, 3, 1);
    return p;
}

} // namespace

class TestAuth : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FakeClock m_clock {QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC)};
    int m_n = 0;
    std::unique_ptr<Store> freshStore()
    {
        return Test::openStore(m_dir.filePath(QStringLiteral("auth-%1.db").arg(++m_n)), Test::testKey());
    }

    /// The titulaire creates a technician's account; returns its UUID (empty on failure).
    static QString createTechnician(CommandExecutor& executor)
    {
        executor.setActor(actorFor(Role::Titulaire, QStringLiteral("titulaire")));
        CreateStaffAccountCommand create(account(Role::Preparateur, "Petit", "", "3760021832/0042"));
        return executor.execute(create) ? create.account().meta.uuid : QString();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // ---- identifiers -------------------------------------------------------------------

    void validatesRppsAndFiness_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        QTest::newRow("RPPS example") << "rpps"
                                      << "10012345673" << true;
        QTest::newRow("RPPS second") << "rpps" << kRppsB << true;
        QTest::newRow("RPPS wrong key") << "rpps"
                                        << "10012345674" << false;
        QTest::newRow("RPPS 10 digits") << "rpps"
                                        << "1001234567" << false;
        QTest::newRow("RPPS with 8 prefix") << "rpps"
                                            << "810012345673" << false;
        QTest::newRow("FINESS sample 1") << "finess"
                                         << "010000024" << true;
        QTest::newRow("FINESS sample 2") << "finess"
                                         << "010780054" << true;
        QTest::newRow("FINESS from a CPE") << "finess"
                                           << "760021832" << true;
        QTest::newRow("FINESS wrong key") << "finess"
                                          << "760021833" << false;
        QTest::newRow("FINESS letters") << "finess"
                                        << "76002183X" << false;
        // ADELI: the fictitious example of domain.md §3, its key broken, a wrong length.
        QTest::newRow("ADELI example") << "adeli"
                                       << "751234568" << true;
        QTest::newRow("ADELI wrong key") << "adeli"
                                         << "751234567" << false;
        QTest::newRow("ADELI 8 digits") << "adeli"
                                        << "75123456" << false;
        // A prescriber: RPPS (11) or ADELI (9), told apart by the length.
        QTest::newRow("prescriber RPPS") << "prescriber"
                                         << "100 1234 5673" << true;
        QTest::newRow("prescriber ADELI") << "prescriber"
                                          << "751234568" << true;
        QTest::newRow("prescriber 10 digits") << "prescriber"
                                              << "7512345680" << false;
        QTest::newRow("prescriber RPPS wrong key") << "prescriber"
                                                   << "10012345674" << false;
    }
    void validatesRppsAndFiness()
    {
        QFETCH(QString, kind);
        QFETCH(QString, value);
        QFETCH(bool, valid);
        Result<QString> r = kind == QLatin1StringView("rpps") ? Identity::NationalIds::validateRpps(value)
            : kind == QLatin1StringView("adeli")              ? Identity::NationalIds::validateAdeli(value)
                                                              : Identity::NationalIds::validateFiness(value);
        if (kind == QLatin1StringView("prescriber")) {
            auto p = Identity::NationalIds::validatePrescriber(value);
            r = p ? Result<QString>(p->number) : Result<QString>(fail(p.error()));
            if (p) {
                QCOMPARE(p->kind,
                         value.remove(u' ').size() == 11 ? Identity::NationalIds::Prescriber::Kind::Rpps
                                                         : Identity::NationalIds::Prescriber::Kind::Adeli);
            }
        }
        QCOMPARE(bool(r), valid);
        if (!r) {
            QVERIFY(!r.error().userText.contains(value));
        }
    }

    void readsTheTypeOfAnIdNatPs()
    {
        QCOMPARE(Identity::IdNatPs::parse(QStringLiteral("810012345673")).type,
                 Identity::IdNatPs::Type::Rpps);
        QCOMPARE(Identity::IdNatPs::parse(QStringLiteral("810012345673")).rpps(),
                 QString::fromLatin1(kRppsA));
        QCOMPARE(Identity::IdNatPs::parse(QStringLiteral("3760021832/12345")).type,
                 Identity::IdNatPs::Type::Finess);
        QCOMPARE(Identity::IdNatPs::parse(QStringLiteral("0751234568")).type, Identity::IdNatPs::Type::Adeli);
    }

    // ---- the permission table ----------------------------------------------------------

    void permissionTableThroughTheCommandLayer_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<int>("permission");
        QTest::addColumn<bool>("expected");
        // The table as the pharmacy expects it, written out independently of permissionsOf().
        //                         read  write staff settings backup audit
        const bool table[4][6] = {{true, true, true, true, true, true}, // titulaire
                                  {true, true, false, false, true, true}, // pharmacien adjoint
                                  {true, true, false, false, false, false}, // préparateur
                                  {true, false, false, false, false, false}}; // étudiant / apprenti
        for (int r = 0; r < 4; ++r) {
            for (int p = 0; p < 6; ++p) {
                const auto role = allRoles[r];
                const auto permission = allPermissions[p];
                QTest::addRow("%s × %s", qPrintable(roleId(role)), qPrintable(permissionName(permission)))
                    << int(role) << int(permission) << table[r][p];
            }
        }
    }
    void permissionTableThroughTheCommandLayer()
    {
        QFETCH(int, role);
        QFETCH(int, permission);
        QFETCH(bool, expected);
        const auto p = Permission(permission);
        QCOMPARE(permissionsOf(Role(role)).contains(p), expected);

        auto store = freshStore();
        CommandExecutor executor(*store, m_clock);
        // Seed as a titulaire: a patient and a second titulaire, so every command has a target.
        executor.setActor(actorFor(Role::Titulaire));
        CreatePatientCommand seedPatient(patient(), m_clock.today());
        QVERIFY(executor.execute(seedPatient));
        CreateStaffAccountCommand seedStaff(account(Role::Titulaire, "Martin", kRppsB));
        QVERIFY(executor.execute(seedStaff));
        CreateStaffAccountCommand seedTech(account(Role::Preparateur, "Petit"));
        QVERIFY(executor.execute(seedTech));
        CreateStaffAccountCommand seedTech2(account(Role::Preparateur, "Blanc"));
        QVERIFY(executor.execute(seedTech2));

        executor.setActor(actorFor(Role(role)));
        QCOMPARE(executor.allowed(p), expected);
        std::vector<std::unique_ptr<Command>> commands;
        Model::Patient edited = *PatientRepository(*store).get(seedPatient.patient().meta.uuid);
        edited.city = QStringLiteral("Lyon");
        commands.push_back(std::make_unique<CreatePatientCommand>(patient("Lemoine"), m_clock.today()));
        commands.push_back(std::make_unique<UpdatePatientCommand>(edited, m_clock.today()));
        commands.push_back(std::make_unique<CreateStaffAccountCommand>(account(Role::Preparateur, "Roux")));
        Model::StaffAccount tech = *StaffRepository(*store).get(seedTech.account().meta.uuid);
        tech.givenName = QStringLiteral("Léa");
        commands.push_back(std::make_unique<UpdateStaffAccountCommand>(tech));
        const Model::StaffAccount tech2 = *StaffRepository(*store).get(seedTech2.account().meta.uuid);
        commands.push_back(
            std::make_unique<DeactivateStaffAccountCommand>(tech2.meta.uuid, tech2.meta.revision));
        int exercised = 0;
        for (auto& command : commands) {
            if (command->requiredPermission() != p) {
                continue;
            }
            ++exercised;
            auto r = executor.execute(*command);
            QVERIFY2(bool(r) == expected,
                     qPrintable(command->id() + QStringLiteral(": ") + (r ? QString() : r.error().logText)));
            if (!expected) {
                QCOMPARE(r.error().code, ErrorCode::PermissionDenied);
            }
        }
        if (p == Permission::PatientWrite || p == Permission::StaffManage) {
            QVERIFY(exercised >= 2);
        }
    }

    // ---- staff accounts ----------------------------------------------------------------

    void theTeamIsReadThroughItsServiceWithItsPermission()
    {
        auto store = freshStore();
        CommandExecutor executor(*store, m_clock);
        executor.setActor(actorFor(Role::Titulaire));
        CreateStaffAccountCommand seed(account(Role::Preparateur, "Petit"));
        QVERIFY(executor.execute(seed));
        Services::StaffDirectory staff(executor);
        QVERIFY(staff.get(seed.account().meta.uuid));
        QVERIFY(Auth::answersForThePharmacy(*executor.actor()));
        for (Role role : {Role::Pharmacien, Role::Preparateur, Role::Etudiant}) {
            executor.setActor(actorFor(role));
            QVERIFY(!Auth::answersForThePharmacy(*executor.actor()));
            QCOMPARE(staff.get(seed.account().meta.uuid).error().code, ErrorCode::PermissionDenied);
            QCOMPARE(staff.list().error().code, ErrorCode::PermissionDenied);
        }
        executor.setActor(std::nullopt);
        QVERIFY(!staff.get(seed.account().meta.uuid));
        QVERIFY(!Auth::answersForThePharmacy(Actor {}));
    }

    void staffAccountsKeepTheirSafetyRails()
    {
        auto store = freshStore();
        CommandExecutor executor(*store, m_clock);
        executor.setActor(actorFor(Role::Titulaire));

        CreateStaffAccountCommand badRpps(account(Role::Pharmacien, "Faure", "10012345674"));
        auto r = executor.execute(badRpps);
        QVERIFY(!r);
        QVERIFY(r.error().userText.contains(QStringLiteral("RPPS")));

        CreateStaffAccountCommand noRpps(account(Role::Pharmacien, "Faure"));
        QVERIFY(!executor.execute(noRpps));

        CreateStaffAccountCommand wrongCard(account(Role::Pharmacien, "Faure", kRppsA, "810000000009"));
        r = executor.execute(wrongCard);
        QVERIFY(!r);
        QVERIFY(r.error().userText.contains(QStringLiteral("carte")));

        CreateStaffAccountCommand titulaire(account(Role::Titulaire, "Faure", kRppsA, "810012345673"));
        QVERIFY(executor.execute(titulaire));
        CreateStaffAccountCommand tech(account(Role::Preparateur, "Petit", "", "3760021832/0042"));
        QVERIFY(executor.execute(tech));
        CreateStaffAccountCommand sameCard(account(Role::Preparateur, "Roux", "", "3760021832/0042"));
        r = executor.execute(sameCard);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Conflict);
        QVERIFY(r.error().userText.contains(QStringLiteral("déjà associée")));

        StaffRepository repo(*store);
        auto last = repo.get(titulaire.account().meta.uuid);
        DeactivateStaffAccountCommand removeLast(last->meta.uuid, last->meta.revision);
        r = executor.execute(removeLast);
        QVERIFY(!r);
        QVERIFY(r.error().userText.contains(QStringLiteral("titulaire")));
        Model::StaffAccount demoted = *last;
        demoted.role = Role::Pharmacien;
        UpdateStaffAccountCommand demote(demoted);
        QVERIFY(!executor.execute(demote));

        auto techAccount = repo.get(tech.account().meta.uuid);
        DeactivateStaffAccountCommand deactivate(techAccount->meta.uuid, techAccount->meta.revision);
        QVERIFY(executor.execute(deactivate));
        QVERIFY(!repo.findByCard(QStringLiteral("3760021832/0042"))->has_value());
        auto any = repo.findAnyByCard(QStringLiteral("3760021832/0042"));
        QVERIFY(any && any->has_value() && !(*any)->active);
        // Never deleted: the account is still listed with the inactive ones.
        QCOMPARE(repo.list(true)->size(), size_t(2));
        QCOMPARE(repo.list(false)->size(), size_t(1));
        // Its card can now be bound to a new account.
        QVERIFY(executor.execute(sameCard));
    }

    void onlyAnEmptyPharmacyIsBootstrappedAndOnlyByAPharmacist()
    {
        auto store = freshStore();
        CommandExecutor executor(*store, m_clock);
        executor.setActor(
            Actor {QStringLiteral("bootstrap"), QString(), QString(), {Permission::StaffManage}});
        BootstrapTitulaireCommand tech(account(Role::Titulaire, "Petit", "", "3760021832/0042"),
                                       QStringLiteral("760021832"));
        auto r = executor.execute(tech);
        QVERIFY(!r);
        QVERIFY(r.error().userText.contains(QStringLiteral("pharmacien")));
        BootstrapTitulaireCommand badFiness(account(Role::Titulaire, "Faure", kRppsA, "810012345673"),
                                            QStringLiteral("760021833"));
        QVERIFY(!executor.execute(badFiness));
        BootstrapTitulaireCommand ok(account(Role::Titulaire, "Faure", kRppsA, "810012345673"),
                                     QStringLiteral("760021832"));
        QVERIFY(executor.execute(ok));
        QCOMPARE(store->meta(QStringLiteral("finess")), QStringLiteral("760021832"));
        QCOMPARE(StaffRepository(*store).get(ok.account().meta.uuid)->role, Role::Titulaire);
        BootstrapTitulaireCommand again(account(Role::Titulaire, "Martin", kRppsB, "810000000009"),
                                        QStringLiteral("760021832"));
        r = executor.execute(again);
        QVERIFY(!r);
        QVERIFY(r.error().userText.contains(QStringLiteral("déjà des comptes")));
    }

    // ---- TOTP --------------------------------------------------------------------------

    void totpMatchesRfc6238_data()
    {
        QTest::addColumn<qint64>("time");
        QTest::addColumn<int>("algorithm");
        QTest::addColumn<QString>("expected");
        const struct
        {
            qint64 t;
            const char* sha1;
            const char* sha256;
            const char* sha512;
        } vectors[] = {
            {59, "94287082", "46119246", "90693936"},
            {1111111109, "07081804", "68084774", "25091201"},
            {1111111111, "14050471", "67062674", "99943326"},
            {1234567890, "89005924", "91819424", "93441116"},
            {2000000000, "69279037", "90698825", "38618901"},
            {20000000000, "65353130", "77737706", "47863826"},
        };
        for (const auto& v : vectors) {
            QTest::addRow("%lld SHA1", v.t)
                << v.t << int(Totp::Algorithm::Sha1) << QString::fromLatin1(v.sha1);
            QTest::addRow("%lld SHA256", v.t)
                << v.t << int(Totp::Algorithm::Sha256) << QString::fromLatin1(v.sha256);
            QTest::addRow("%lld SHA512", v.t)
                << v.t << int(Totp::Algorithm::Sha512) << QString::fromLatin1(v.sha512);
        }
    }
    void totpMatchesRfc6238()
    {
        QFETCH(qint64, time);
        QFETCH(int, algorithm);
        QFETCH(QString, expected);
        const auto alg = Totp::Algorithm(algorithm);
        const QByteArray seed = alg == Totp::Algorithm::Sha1 ? QByteArray("12345678901234567890")
            : alg == Totp::Algorithm::Sha256
            ? QByteArray("12345678901234567890123456789012")
            : QByteArray("1234567890123456789012345678901234567890123456789012345678901234");
        QCOMPARE(Totp::code(seed, time, 8, 30, alg), expected);
    }

    void totpAcceptsDriftButNeverTheSameCodeTwice()
    {
        const QByteArray key("12345678901234567890");
        const qint64 t = 1234567890;
        const QString now = Totp::code(key, t);
        const QString previous = Totp::code(key, t - 30);
        const QString old = Totp::code(key, t - 90);
        const qint64 step = Totp::verify(key, now, t, 0);
        QCOMPARE(step, Totp::step(t));
        QCOMPARE(Totp::verify(key, previous, t, 0), Totp::step(t) - 1); // 30 s of clock drift
        QCOMPARE(Totp::verify(key, old, t, 0), -1);
        QCOMPARE(Totp::verify(key, now, t, step), -1); // replayed
        QCOMPARE(Totp::verify(key, QStringLiteral("000000"), t, 0) >= 0,
                 Totp::code(key, t) == QStringLiteral("000000"));
        QCOMPARE(Totp::verify(key, QStringLiteral("12345"), t, 0), -1);
    }

    void base32AndTheEnrolmentUri()
    {
        QCOMPARE(Totp::base32Encode("foobar"), QStringLiteral("MZXW6YTBOI"));
        QCOMPARE(Totp::base32Encode("f"), QStringLiteral("MY"));
        QCOMPARE(Totp::base32Decode(QStringLiteral("MZXW6YTBOI")), QByteArray("foobar"));
        QCOMPARE(Totp::base32Decode(QStringLiteral("mzxw 6ytb oi")), QByteArray("foobar"));
        const QByteArray key = Totp::newSecret()->view().toByteArray();
        QCOMPARE(key.size(), 20);
        QCOMPARE(Totp::base32Decode(Totp::base32Encode(key)), key);
        const QString uri = Totp::provisioningUri(key, QStringLiteral("Camille PETIT"));
        QVERIFY(uri.startsWith(QStringLiteral("otpauth://totp/Officine:Camille%20PETIT?secret=")));
        QVERIFY(uri.contains(Totp::base32Encode(key)));
        QVERIFY(uri.contains(QStringLiteral("issuer=Officine")));
    }

    // ---- passwords and throttling ------------------------------------------------------

    void passwordPolicy_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("12 with 4 classes") << "Pharma-2026!" << true;
        QTest::newRow("11 with 4 classes") << "Pharma-2026" << false;
        QTest::newRow("12 without special") << "Pharmacie2026" << false;
        QTest::newRow("14 with 3 classes") << "Pharmacie20261" << true;
        QTest::newRow("long lower case only") << "pharmaciedelagare" << false;
        QTest::newRow("accents count as letters") << "Écluse-Été-2026" << true;
    }
    void passwordPolicy()
    {
        QFETCH(QString, password);
        QFETCH(bool, accepted);
        QByteArray utf8 = password.toUtf8();
        auto r = Password::checkPolicy(SecureBuffer::fromAndWipe(utf8), Password::Purpose::StaffPassword);
        QCOMPARE(bool(r), accepted);
        if (!r) {
            QVERIFY(r.error().userText.contains(QStringLiteral("12 caractères")));
        }
    }

    void passwordsAreHashedAndVerified()
    {
        auto hash = Password::hash(secret("Pharma-2026!"), 12);
        QVERIFY(hash);
        QVERIFY(hash->startsWith(QStringLiteral("$scrypt$ln=12,r=8,p=1$")));
        QVERIFY(!hash->contains(QStringLiteral("Pharma")));
        QVERIFY(Password::verify(secret("Pharma-2026!"), *hash));
        QVERIFY(!Password::verify(secret("Pharma-2026?"), *hash));
        QVERIFY(*Password::hash(secret("Pharma-2026!"), 12) != *hash); // salted
        QVERIFY(!Password::verify(secret("Pharma-2026!"), QStringLiteral("$scrypt$ln=40,r=8,p=1$AAAA$BBBB")));
        QVERIFY(!Password::verify(secret("x"), QStringLiteral("not a hash")));
    }

    void repeatedFailuresAreSlowedThenLocked()
    {
        SignInState s;
        FakeClock clock(QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC));
        for (int i = 0; i < SignInThrottle::freeFailures; ++i) {
            QVERIFY(SignInThrottle::check(s, clock.now()));
            SignInThrottle::recordFailure(s, clock.now());
        }
        auto refused = SignInThrottle::check(s, clock.now());
        QVERIFY(!refused);
        QVERIFY(refused.error().userText.contains(QStringLiteral("réessayez dans 5 seconde")));
        clock.advanceSeconds(5);
        QVERIFY(SignInThrottle::check(s, clock.now()));
        SignInThrottle::recordFailure(s, clock.now());
        QVERIFY(!SignInThrottle::check(s, clock.now().addSecs(9)));
        QVERIFY(SignInThrottle::check(s, clock.now().addSecs(10))); // the delay doubles
        while (s.failedAttempts < SignInThrottle::lockAfter) {
            clock.advanceMinutes(6);
            SignInThrottle::recordFailure(s, clock.now());
        }
        clock.advanceMinutes(6);
        refused = SignInThrottle::check(s, clock.now());
        QVERIFY(!refused);
        QVERIFY(refused.error().userText.contains(QStringLiteral("verrouillé")));
        clock.advanceMinutes(25);
        QVERIFY(SignInThrottle::check(s, clock.now()));
        SignInThrottle::recordSuccess(s, clock.now());
        QCOMPARE(s.failedAttempts, 0);
        QVERIFY(SignInThrottle::check(s, clock.now()));
    }

    void theCredentialsCommandEnforcesThePolicyAndTheEnrolmentCode()
    {
        // The rules are the command's: whatever a dialog checks, a weak password, a wrong or stale
        // code or a short key are refused, and nothing is written.
        auto store = freshStore();
        FakeClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
        CommandExecutor executor(*store, clock);
        const QString uuid = createTechnician(executor);
        QVERIFY(!uuid.isEmpty());
        executor.setActor(actorFor(Role::Preparateur, uuid));
        const SecureBuffer key = std::move(*Totp::newSecret());
        const QString code = Totp::code(key.view(), clock.now().toSecsSinceEpoch());
        const qint64 revision = StaffRepository(*store).get(uuid)->meta.revision;

        SetFallbackCredentialsCommand weak(clock, uuid, secret("pharmacie2026"), key, code);
        auto r = executor.execute(weak);
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        QVERIFY(r.error().userText.contains(QStringLiteral("12 caractères")));

        SetFallbackCredentialsCommand wrongCode(clock, uuid, secret("Pharma-2026!"), key,
                                                code == QStringLiteral("000000") ? QStringLiteral("111111")
                                                                                 : QStringLiteral("000000"));
        QVERIFY(executor.execute(wrongCode).error().userText.contains(QStringLiteral("ne correspond pas")));

        // The code shown two minutes ago, checked at the injected clock's time: too old.
        FakeClock later(clock.now().addSecs(120));
        SetFallbackCredentialsCommand stale(later, uuid, secret("Pharma-2026!"), key, code);
        QCOMPARE(executor.execute(stale).error().code, ErrorCode::InvalidInput);

        QByteArray shortKey(8, 'k');
        const SecureBuffer tooShort = SecureBuffer::fromAndWipe(shortKey);
        SetFallbackCredentialsCommand badKey(clock, uuid, secret("Pharma-2026!"), tooShort,
                                             Totp::code(tooShort.view(), clock.now().toSecsSinceEpoch()));
        QCOMPARE(executor.execute(badKey).error().code, ErrorCode::InvalidInput);

        const auto stored = *StaffRepository(*store).get(uuid);
        QCOMPARE(stored.meta.revision, revision);
        QVERIFY(stored.passwordHash.isEmpty());
        QVERIFY(!stored.totpEnrolled);
        QCOMPARE(StaffRepository(*store).totpSecret(uuid)->size(), size_t(0));

        SetFallbackCredentialsCommand good(clock, uuid, secret("Pharma-2026!"), key, code);
        good.setHashCost(12);
        QVERIFY(executor.execute(good));
        const auto enrolled = *StaffRepository(*store).get(uuid);
        QVERIFY(enrolled.totpEnrolled);
        QVERIFY(Password::verify(secret("Pharma-2026!"), enrolled.passwordHash));
        QVERIFY(StaffRepository(*store).totpSecret(uuid)->equals(key));
        // The key is not in the account's outbox row.
        QVERIFY(!enrolled.toJson().contains(QStringLiteral("totpSecret")));
    }

    void onePolicyForPasswordsAndBackupPassphrases()
    {
        for (auto purpose : {Password::Purpose::StaffPassword, Password::Purpose::BackupPassphrase}) {
            QVERIFY(Password::checkPolicy(secret("Pharma-2026!"), purpose)); // 12, four classes
            QVERIFY(Password::checkPolicy(secret("Pharmacie du centre"), purpose)); // 19, three classes
            QVERIFY(!Password::checkPolicy(secret("Pharmacie2026"), purpose)); // 13, three classes
            QVERIFY(!Password::checkPolicy(secret("Ph-2026!"), purpose)); // 8 characters
            QVERIFY(!Password::checkPolicy(secret("pharmaciedelagare"), purpose)); // one class
        }
        QVERIFY(Password::checkPolicy(secret("x"), Password::Purpose::BackupPassphrase)
                    .error()
                    .userText.contains(QStringLiteral("phrase de passe")));
    }

    void fallbackSignInEndToEnd()
    {
        auto store = freshStore();
        FakeClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
        CommandExecutor executor(*store, clock);
        const QString uuid = createTechnician(executor);
        QVERIFY(!uuid.isEmpty());
        FallbackSignIn fallback(*store, clock);

        auto notAllowed = fallback.signIn(uuid, secret("Pharma-2026!"), QStringLiteral("123456"));
        QVERIFY(!notAllowed);
        QVERIFY(notAllowed.error().userText.contains(QStringLiteral("sans carte")));

        // The technician sets their own credentials (signed in with their card)...
        const SecureBuffer key = std::move(*Totp::newSecret());
        const QString enrolCode = Totp::code(key.view(), clock.now().toSecsSinceEpoch());
        executor.setActor(actorFor(Role::Preparateur, uuid));
        SetFallbackCredentialsCommand own(clock, uuid, secret("Pharma-2026!"), key, enrolCode, true);
        own.setHashCost(12);
        QVERIFY(executor.execute(own));
        QVERIFY(StaffRepository(*store).get(uuid)->totpEnrolled);
        QVERIFY(StaffRepository(*store).get(uuid)->passwordHash.startsWith(QStringLiteral("$scrypt$")));
        QVERIFY(!StaffRepository(*store).get(uuid)->fallbackAllowed); // only the titulaire allows
        // ...but not someone else's.
        executor.setActor(actorFor(Role::Preparateur, QStringLiteral("someone-else")));
        SetFallbackCredentialsCommand other(clock, uuid, secret("Pharma-2026!"), key, enrolCode);
        QCOMPARE(executor.execute(other).error().code, ErrorCode::PermissionDenied);
        // The titulaire allows it.
        executor.setActor(actorFor(Role::Titulaire, QStringLiteral("titulaire")));
        SetFallbackCredentialsCommand allow(clock, uuid, secret("Pharma-2026!"), key, enrolCode, true);
        allow.setHashCost(12);
        QVERIFY(executor.execute(allow));

        const QString code = Totp::code(key.view(), clock.now().toSecsSinceEpoch());
        auto wrongPassword = fallback.signIn(uuid, secret("Pharma-2026?"), code);
        QVERIFY(!wrongPassword);
        QVERIFY(wrongPassword.error().userText.contains(QStringLiteral("incorrect")));
        auto ok = fallback.signIn(uuid, secret("Pharma-2026!"), code);
        QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().logText));
        QCOMPARE(ok->meta.uuid, uuid);
        QVERIFY(!fallback.signIn(uuid, secret("Pharma-2026!"), code)); // a code is used once
        clock.advanceSeconds(30);
        QVERIFY(fallback.signIn(uuid, secret("Pharma-2026!"),
                                Totp::code(key.view(), clock.now().toSecsSinceEpoch())));

        // Ten failures lock the account, even against the right credentials.
        for (int i = 0; i < SignInThrottle::lockAfter; ++i) {
            clock.advanceMinutes(6);
            QVERIFY(!fallback.signIn(uuid, secret("wrong"), QStringLiteral("000000")));
        }
        clock.advanceSeconds(30);
        auto locked = fallback.signIn(uuid, secret("Pharma-2026!"),
                                      Totp::code(key.view(), clock.now().toSecsSinceEpoch()));
        QVERIFY(!locked);
        QVERIFY(locked.error().userText.contains(QStringLiteral("verrouillé")));
        QVERIFY(StaffRepository(*store).signInState(uuid)->failedAttempts >= SignInThrottle::lockAfter);

        // A deactivated account cannot sign in at all.
        auto acc = StaffRepository(*store).get(uuid);
        DeactivateStaffAccountCommand off(uuid, acc->meta.revision);
        QVERIFY(executor.execute(off));
        clock.advanceMinutes(60);
        auto inactive = fallback.signIn(uuid, secret("Pharma-2026!"),
                                        Totp::code(key.view(), clock.now().toSecsSinceEpoch()));
        QVERIFY(!inactive);
        QVERIFY(inactive.error().userText.contains(QStringLiteral("désactivé")));
    }
};

QTEST_GUILESS_MAIN(TestAuth)
#include "test_auth.moc"
