#include "auth/totp.h"
#include "commands/catalogcommands.h"
#include "commands/commandexecutor.h"
#include "commands/patientcommands.h"
#include "commands/settingscommands.h"
#include "commands/staffcommands.h"
#include "commands/synccommands.h"
#include "importing/patientimport.h"
#include "retention/retentionpolicy.h"
#include "settings/settings.h"
#include "storage/outbox.h"
#include "storage/patientrepository.h"
#include "storage/staffrepository.h"
#include "testutil.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Officine;
using namespace Officine::Commands;
using namespace Officine::Storage;

namespace {

Model::Patient validPatient()
{
    Model::Patient p;
    p.birthFamilyName = QStringLiteral("Dupont");
    p.givenNames = QStringLiteral("Jeanne Marie");
    p.sex = Model::Sex::Female;
    p.birthDate = QDate(1985, 7, 2);
    p.nir = QStringLiteral("2 85 07 75 115 042 30");
    p.postalCode = QStringLiteral("75015");
    return p;
}

Actor actorWith(QSet<Permission> permissions)
{
    return Actor {QStringLiteral("acct-1"), QStringLiteral("Test"), QString(), std::move(permissions)};
}

/// Records what the executor hands to hooks, and can make the in-transaction step fail.
class RecordingHook : public CommandHook
{
public:
    QStringList inTransactionCalls;
    QStringList refusals;
    bool failInTransaction = false;
    bool sawOpenTransaction = false;

    Result<void> inTransaction(const Command& command, CommandContext& context) override
    {
        sawOpenTransaction = context.store.inTransaction();
        inTransactionCalls << command.id() + u':' + command.target().uuid;
        if (failInTransaction) {
            return fail(ErrorCode::Internal, QStringLiteral("audit write failed"));
        }
        return {};
    }
    void refused(const Command& command, const Actor* actor, const Error& why) override
    {
        refusals << command.id() + u':' + (actor ? actor->accountId : QStringLiteral("-")) + u':'
                + QString::number(int(why.code));
    }
};

} // namespace

class TestCommands : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FakeClock m_clock {QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC)};
    int m_n = 0;
    std::unique_ptr<Settings> m_settings;
    int m_settingsChanges = 0;
    int m_ruleChanges = 0;

    std::unique_ptr<Store> freshStore()
    {
        return Test::openStore(m_dir.filePath(QStringLiteral("cmd-%1.db").arg(++m_n)), Test::testKey());
    }
    qint64 outboxCount(Store& s) { return *Outbox(s).count(); }

    /// Builds one command against the store as it is when called (so that each finds what it
    /// acts on, whatever the commands before it did).
    using Factory = std::function<std::unique_ptr<Command>(Store&)>;

    /// Every command that exists, in an order where each can succeed: bootstrap first, on a
    /// pharmacy without accounts; the accounts the others act on are put in place directly.
    std::vector<Factory> allCommands()
    {
        const QDate today = m_clock.today();
        auto seedAccount = [this](Store& store, const char* family) {
            Model::StaffAccount a;
            a.familyName = QString::fromLatin1(family);
            a.givenName = QStringLiteral("Léa");
            a.role = Auth::Role::Preparateur;
            auto tx = Transaction::begin(store);
            (void)StaffRepository(store).insert(a, {store.workstationId(), m_clock.now()});
            (void)tx->commit();
            return a;
        };
        std::vector<Factory> out;
        out.push_back([](Store&) {
            Model::StaffAccount titulaire = Test::claireDemoTitulaire();
            return std::make_unique<BootstrapTitulaireCommand>(titulaire, QStringLiteral("760021832"));
        });
        out.push_back([this, today](Store&) {
            Model::Patient p = validPatient();
            p.nir.clear();
            p.givenNames = QStringLiteral("Prénom%1").arg(QChar(u'a' + ++m_n % 26));
            auto c = std::make_unique<CreatePatientCommand>(p, today);
            c->setDuplicatesReviewed(true);
            return c;
        });
        out.push_back([today](Store& store) {
            PatientRepository repo(store);
            Model::Patient edited = *repo.get(repo.list(0, 1)->front().uuid);
            edited.city = QStringLiteral("Lyon") + QString::number(edited.meta.revision);
            return std::make_unique<UpdatePatientCommand>(edited, today);
        });
        // A file of its own for each command that ends a file's life or freezes it.
        auto seedPatient = [this](Store& store, const QString& family) {
            Model::Patient p = validPatient();
            p.birthFamilyName = family;
            p.nir.clear();
            p.birthDate = QDate(1950, 1, 1).addDays(++m_n * 40);
            auto tx = Transaction::begin(store);
            (void)PatientRepository(store).insert(p, {store.workstationId(), m_clock.now()});
            (void)tx->commit();
            return p;
        };
        out.push_back([](Store& store) {
            PatientRepository repo(store);
            const Model::Patient p = *repo.get(repo.list(0, 1)->front().uuid);
            return std::make_unique<RecordIdentityDocumentCommand>(p.meta.uuid, p.meta.revision,
                                                                   QStringLiteral("PA"));
        });
        out.push_back([](Store& store) {
            PatientRepository repo(store);
            const Model::Patient p = *repo.get(repo.list(0, 1)->front().uuid);
            Insi::Answer answer;
            answer.outcome = Insi::Outcome::Found;
            answer.code = QStringLiteral("00");
            answer.identity = Insi::Identity {
                QStringLiteral("285077511504230"), QStringLiteral("1.2.250.1.213.1.4.8"), p.traits(), {}};
            auto c = std::make_unique<RecordInsiResultCommand>(
                p.meta.uuid, p.meta.revision, Insi::Request::fromPatient(Insi::Operation::Traits, p), answer);
            c->setAdopted(true);
            return c;
        });
        out.push_back([seedPatient](Store& store) {
            const Model::Patient survivor = seedPatient(store, QStringLiteral("Absorbeur"));
            const Model::Patient absorbed = seedPatient(store, QStringLiteral("Absorbé"));
            return std::make_unique<MergePatientsCommand>(survivor.meta.uuid, absorbed.meta.uuid,
                                                          QStringLiteral("Doublon créé à l'accueil"));
        });
        out.push_back([seedPatient](Store& store) {
            return std::make_unique<SetRestrictionCommand>(
                seedPatient(store, QStringLiteral("Limité")).meta.uuid, true,
                QStringLiteral("Exactitude contestée"));
        });
        out.push_back([seedPatient](Store& store) {
            return std::make_unique<RecordRightsDecisionCommand>(
                seedPatient(store, QStringLiteral("Opposant")).meta.uuid,
                RecordRightsDecisionCommand::Kind::Objection, QStringLiteral("Refuse le partage"));
        });
        out.push_back([seedPatient](Store& store) {
            return std::make_unique<ErasePatientCommand>(
                seedPatient(store, QStringLiteral("Effacé")).meta.uuid,
                QStringLiteral("Demande écrite du patient"));
        });
        out.push_back([seedPatient](Store& store) {
            return std::make_unique<SetPatientPhotoCommand>(
                seedPatient(store, QStringLiteral("Photographié")).meta.uuid,
                QByteArray("\x89PNG\r\n\x1A\nfake", 12));
        });
        out.push_back([seedPatient](Store& store) {
            return std::make_unique<RecordPatientExportCommand>(
                seedPatient(store, QStringLiteral("Exporté")).meta.uuid,
                RecordPatientExportCommand::Kind::Access, QStringLiteral("pdf"), 1024);
        });
        out.push_back([this](Store&) {
            Import::ImportPlan::Draft d;
            d.line = 2;
            d.patient = validPatient();
            d.patient.nir.clear();
            d.patient.birthFamilyName = QStringLiteral("Importé%1").arg(QChar(u'a' + ++m_n % 26));
            return std::make_unique<Import::ImportPatientsBatchCommand>(
                std::vector<Import::ImportPlan::Draft> {d});
        });
        out.push_back([](Store&) {
            Model::StaffAccount a;
            a.familyName = QStringLiteral("Roux");
            a.givenName = QStringLiteral("Paul");
            a.role = Auth::Role::Preparateur;
            return std::make_unique<CreateStaffAccountCommand>(a);
        });
        out.push_back([seedAccount](Store& store) {
            Model::StaffAccount a = seedAccount(store, "Petit");
            a.givenName = QStringLiteral("Léonie");
            return std::make_unique<UpdateStaffAccountCommand>(a);
        });
        out.push_back([seedAccount](Store& store) {
            const Model::StaffAccount a = seedAccount(store, "Blanc");
            return std::make_unique<DeactivateStaffAccountCommand>(a.meta.uuid, a.meta.revision);
        });
        out.push_back([this, seedAccount](Store& store) {
            const Model::StaffAccount a = seedAccount(store, "Noir");
            QByteArray raw(20, 'k');
            const SecureBuffer key = SecureBuffer::fromAndWipe(raw);
            auto c = std::make_unique<SetFallbackCredentialsCommand>(
                m_clock, a.meta.uuid, Test::secret("Pharma-2026!"), key,
                Auth::Totp::code(key.view(), m_clock.now().toSecsSinceEpoch()));
            c->setHashCost(10);
            return c;
        });
        out.push_back([this](Store&) {
            return std::make_unique<ChangeSettingsCommand>(
                *m_settings,
                QHash<Settings::Key, QVariant> {
                    {Settings::Key::InactivityLockSeconds, 60 + 30 * (++m_settingsChanges % 100)}});
        });
        out.push_back([](Store&) {
            return std::make_unique<SetBackupPassphraseCommand>(
                [](const SecureBuffer&) -> Result<void> { return {}; },
                Test::secret("Pharmacie-du-Port-1987"));
        });
        out.push_back([seedPatient](Store& store) {
            // A field both workstations changed: what the sync engine records.
            const Model::Patient p = seedPatient(store, QStringLiteral("Conflit"));
            const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
            [&]() {
                QVERIFY(store.exec(QStringLiteral("INSERT INTO sync_conflict (uuid, entity, record_uuid, "
                                                  "field, base_value, local_value, "
                                                  "remote_value, local_workstation, local_at, "
                                                  "remote_workstation, remote_account, remote_at, "
                                                  "remote_revision, created_at) VALUES ('%1', 'patient', "
                                                  "'%2', 'notes', '[\"\"]', '[\"ici\"]', "
                                                  "'[\"là-bas\"]', 'w1', '', 'w2', 'a', '', 2, '')")
                                       .arg(uuid, p.meta.uuid)));
            }();
            return std::make_unique<ResolveConflictCommand>(uuid, ResolveConflictCommand::Keep::Remote);
        });
        out.push_back([](Store& store) {
            [&]() {
                QVERIFY(
                    store.exec(QStringLiteral("INSERT OR REPLACE INTO sync_state (key, value) VALUES "
                                              "('deletion_hold', '{\"entity\":\"patient\",\"deletions\":30,"
                                              "\"local\":40,\"until\":99}')")));
            }();
            return std::make_unique<ConfirmSyncDeletionsCommand>();
        });
        out.push_back([seedPatient](Store& store) {
            // The same person, created here and on another workstation offline.
            const Model::Patient here = seedPatient(store, QStringLiteral("Doublon"));
            const Model::Patient there = seedPatient(store, QStringLiteral("Doublon"));
            Sync::DuplicateProposal d;
            d.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
            d.localUuid = here.meta.uuid;
            d.remoteUuid = there.meta.uuid;
            [&]() {
                auto tx = Transaction::begin(store);
                QVERIFY(Sync::Journal(store).proposeDuplicate(d));
                QVERIFY(tx->commit());
            }();
            return std::make_unique<DismissDuplicateCommand>(d.uuid);
        });
        out.push_back([this](Store&) {
            const auto c = Retention::Category::PatientFile;
            return std::make_unique<Retention::UpdateRuleCommand>(
                Retention::Rule {c, 4 + (++m_ruleChanges % 10), 32, Retention::defaultRule(c).end});
        });
        out.push_back([this](Store& store) {
            // A catalogue version built beside the one in service, to be put in service.
            Catalog::BdpmData d;
            Catalog::Product p;
            p.cis = QStringLiteral("6%1").arg(1000000 + ++m_n);
            p.name = QStringLiteral("PRODUIT %1").arg(m_n);
            p.marketingState = QStringLiteral("Commercialisée");
            d.products.push_back(p);
            Catalog::CatalogRepository::ImportContext ctx;
            ctx.source = QStringLiteral("test");
            ctx.now = m_clock.now();
            auto v = Catalog::CatalogRepository(store).build(d, ctx);
            return std::make_unique<ActivateCatalogVersionCommand>(v ? *v : Catalog::CatalogVersion {});
        });
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("cmd.conf")));
    }

    void theListCoversEveryCommandThereIs()
    {
        // A new command is refused by the executor until it is in allCommandIds, and this test
        // fails until allCommands() builds it: no command escapes the permission test below.
        auto store = freshStore();
        CommandExecutor executor(*store, m_clock);
        executor.setActor(actorWith({Permission::PatientWrite}));
        QVERIFY(executor.execute(*std::make_unique<CreatePatientCommand>(validPatient(), m_clock.today())));
        QSet<QString> built;
        for (const Factory& make : allCommands()) {
            built.insert(make(*store)->id());
        }
        QSet<QString> known;
        for (const char* id : allCommandIds) {
            known.insert(QString::fromLatin1(id));
        }
        QCOMPARE(built, known);
        QCOMPARE(known.size(), 23);
    }

    void permissionTableHoldsForEveryCommand_data()
    {
        QTest::addColumn<int>("held");
        for (Permission p : allPermissions) {
            QTest::newRow(qPrintable(permissionName(p))) << int(p);
        }
        QTest::newRow("nothing") << -1;
    }

    void permissionTableHoldsForEveryCommand()
    {
        QFETCH(int, held);
        auto store = freshStore();
        CommandExecutor executor(*store, m_clock);
        executor.setActor(actorWith({Permission::PatientWrite}));
        QVERIFY(executor.execute(*std::make_unique<CreatePatientCommand>(validPatient(), m_clock.today())));

        QSet<Permission> permissions;
        if (held >= 0) {
            permissions.insert(Permission(held));
        }
        executor.setActor(actorWith(permissions));
        RecordingHook hook;
        executor.addHook(&hook);
        for (const Factory& make : allCommands()) {
            std::unique_ptr<Command> command = make(*store);
            const qint64 before = outboxCount(*store);
            const bool expected = held >= 0 && Permission(held) == command->requiredPermission();
            QCOMPARE(executor.allowed(command->requiredPermission()), expected);
            auto r = executor.execute(*command);
            QVERIFY2(bool(r) == expected, qPrintable(command->id()));
            if (expected) {
                // A change of a record writes its outbox row, the pharmacy's settings (inactivity
                // delay, retention periods) included; the backup passphrase (in the keychain) and
                // the sync journal are the workstation's own; a catalogue version (public data)
                // reaches the other workstations as one package, not through the outbox.
                const bool record = command->id() != QLatin1StringView("settings.backup_passphrase")
                    && command->target().entity != QLatin1StringView("sync")
                    && command->target().entity != QLatin1StringView("catalog_version");
                if (record) {
                    QVERIFY2(outboxCount(*store) > before, qPrintable(command->id()));
                } else {
                    QCOMPARE(outboxCount(*store), before);
                }
            } else {
                QCOMPARE(r.error().code, ErrorCode::PermissionDenied);
                QVERIFY(r.error().userText.contains(QStringLiteral("rôle")));
                QCOMPARE(outboxCount(*store), before);
                QVERIFY(hook.refusals.last().startsWith(command->id() + QStringLiteral(":acct-1:")));
            }
        }
    }

    void refusesEverythingWithoutASignedInActor()
    {
        auto store = freshStore();
        CommandExecutor executor(*store, m_clock);
        RecordingHook hook;
        executor.addHook(&hook);
        CreatePatientCommand create(validPatient(), m_clock.today());
        auto r = executor.execute(create);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::NotSignedIn);
        QCOMPARE(hook.refusals,
                 QStringList {QStringLiteral("patient.create:-:%1").arg(int(ErrorCode::NotSignedIn))});
        QCOMPARE(*PatientRepository(*store).count(), 0);

        // Every other command too, whatever it is.
        executor.setActor(actorWith({Permission::PatientWrite}));
        QVERIFY(executor.execute(*std::make_unique<CreatePatientCommand>(validPatient(), m_clock.today())));
        executor.setActor(std::nullopt);
        for (const Factory& make : allCommands()) {
            std::unique_ptr<Command> command = make(*store);
            const qint64 before = outboxCount(*store);
            auto refused = executor.execute(*command);
            QVERIFY2(!refused, qPrintable(command->id()));
            QCOMPARE(refused.error().code, ErrorCode::NotSignedIn);
            QCOMPARE(outboxCount(*store), before);
            QVERIFY(hook.refusals.last().startsWith(command->id() + QStringLiteral(":-:")));
        }
    }

    void runsHooksInsideTheTransactionAndStampsTheRecord()
    {
        auto store = freshStore();
        CommandExecutor executor(*store, m_clock);
        executor.setActor(actorWith({Permission::PatientWrite}));
        RecordingHook hook;
        executor.addHook(&hook);
        QSignalSpy committed(&executor, &CommandExecutor::committed);
        CreatePatientCommand create(validPatient(), m_clock.today());
        QVERIFY(executor.execute(create));
        QVERIFY(hook.sawOpenTransaction);
        QCOMPARE(hook.inTransactionCalls,
                 QStringList {QStringLiteral("patient.create:") + create.patient().meta.uuid});
        QCOMPARE(committed.count(), 1);
        auto stored = PatientRepository(*store).get(create.patient().meta.uuid);
        QVERIFY(stored);
        QCOMPARE(stored->meta.updatedAt, m_clock.now()); // the injected clock, not the wall clock
        QCOMPARE(stored->meta.workstationId, store->workstationId());
        QCOMPARE(stored->nir, QStringLiteral("285077511504230")); // typed with spaces, stored bare
        QVERIFY(!store->inTransaction());
    }

    void aFailingHookRollsTheWholeCommandBack()
    {
        auto store = freshStore();
        CommandExecutor executor(*store, m_clock);
        executor.setActor(actorWith({Permission::PatientWrite}));
        RecordingHook hook;
        hook.failInTransaction = true;
        executor.addHook(&hook);
        CreatePatientCommand create(validPatient(), m_clock.today());
        QVERIFY(!executor.execute(create));
        QCOMPARE(*PatientRepository(*store).count(), 0);
        QCOMPARE(outboxCount(*store), 0);
        QVERIFY(!store->inTransaction());
    }

    void invalidInputIsRefusedInFrenchBeforeAnyWrite_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expectedWords");
        QTest::newRow("NIR with a wrong key") << "nir"
                                              << "285077511504231"
                                              << "clé du NIR";
        QTest::newRow("NIR too short") << "nir"
                                       << "1780319004123"
                                       << "15 caractères";
        QTest::newRow("NIR of a man for a woman") << "nir"
                                                  << "178032A00412376"
                                                  << "sexe";
        QTest::newRow("empty birth name") << "birthFamilyName"
                                          << "  "
                                          << "Nom de naissance";
        QTest::newRow("no given name") << "givenNames"
                                       << ""
                                       << "Prénoms de naissance";
        QTest::newRow("birth in the future") << "birthDate"
                                             << "2030-01-01"
                                             << "futur";
        QTest::newRow("bad e-mail") << "email"
                                    << "jeanne@"
                                    << "électronique";
        QTest::newRow("bad postal code") << "postalCode"
                                         << "7501"
                                         << "code postal";
    }

    void invalidInputIsRefusedInFrenchBeforeAnyWrite()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, expectedWords);
        Model::Patient p = validPatient();
        if (field == QLatin1StringView("nir")) {
            p.nir = value;
        } else if (field == QLatin1StringView("birthFamilyName")) {
            p.birthFamilyName = value;
        } else if (field == QLatin1StringView("givenNames")) {
            p.givenNames = value;
        } else if (field == QLatin1StringView("birthDate")) {
            p.birthDate = QDate::fromString(value, Qt::ISODate);
        } else if (field == QLatin1StringView("email")) {
            p.email = value;
        } else if (field == QLatin1StringView("postalCode")) {
            p.postalCode = value;
        }
        auto store = freshStore();
        CommandExecutor executor(*store, m_clock);
        executor.setActor(actorWith({Permission::PatientWrite}));
        CreatePatientCommand create(p, m_clock.today());
        auto r = executor.execute(create);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        QVERIFY2(r.error().userText.contains(expectedWords), qPrintable(r.error().userText));
        // The message never quotes the value typed (it may end up in a log).
        if (value.size() > 3) {
            QVERIFY(!r.error().userText.contains(value.trimmed()));
            QVERIFY(!r.error().logText.contains(value.trimmed()));
        }
        QCOMPARE(outboxCount(*store), 0);
    }

    void aStaleEditIsRefusedAsAConflict()
    {
        auto store = freshStore();
        CommandExecutor executor(*store, m_clock);
        executor.setActor(actorWith({Permission::PatientWrite}));
        CreatePatientCommand create(validPatient(), m_clock.today());
        QVERIFY(executor.execute(create));
        Model::Patient first = create.patient();
        Model::Patient second = create.patient();
        first.city = QStringLiteral("Lyon");
        second.city = QStringLiteral("Nantes");
        UpdatePatientCommand a(first, m_clock.today());
        UpdatePatientCommand b(second, m_clock.today());
        QVERIFY(executor.execute(a));
        auto r = executor.execute(b);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Conflict);
        QCOMPARE(PatientRepository(*store).get(first.meta.uuid)->city, QStringLiteral("Lyon"));
    }
};

QTEST_GUILESS_MAIN(TestCommands)
#include "test_commands.moc"
