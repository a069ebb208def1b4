#include "audit/audittrail.h"
#include "audit/sessionaudit.h"
#include "auth/role.h"
#include "auth/sessionmanager.h"
#include "testutil.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Officine;
using namespace Officine::Auth;

namespace {
SessionManager::Session sessionFor(const char* uuid, Role role, const char* reader = "Lecteur 1")
{
    SessionManager::Session s;
    s.account.meta.uuid = QString::fromLatin1(uuid);
    s.account.role = role;
    s.actor
        = Commands::Actor {s.account.meta.uuid, QString::fromLatin1(uuid), QString(), permissionsOf(role)};
    s.reader = QString::fromLatin1(reader);
    return s;
}
} // namespace

class TestSession : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Store> m_store;

private Q_SLOTS:
    void initTestCase()
    {
        m_store = Test::openStore(m_dir.filePath(QStringLiteral("s.db")), Test::testKey());
    }

    void everySessionEventIsOneAuditEntryOfItsOwner()
    {
        QTemporaryDir dir;
        auto store = Test::openStore(dir.filePath(QStringLiteral("audit.db")), Test::testKey());
        FakeClock clock;
        Commands::CommandExecutor executor(*store, clock);
        SessionManager sessions(executor, clock);
        Audit::SessionAudit audit(executor, sessions, nullptr);
        Audit::Trail trail(*store);
        auto all = [&trail]() {
            auto found = trail.find(Audit::Filter {});
            std::vector<Audit::Entry> out = found ? *found : std::vector<Audit::Entry> {};
            std::reverse(out.begin(), out.end()); // oldest first
            return out;
        };

        sessions.signedIn(sessionFor("a", Role::Pharmacien));
        clock.advanceSeconds(1);
        sessions.lock(SessionManager::LockReason::CardRemoved);
        clock.advanceSeconds(1);
        sessions.signedIn(sessionFor("a", Role::Pharmacien)); // same card back
        clock.advanceSeconds(1);
        auto fallback = sessionFor("b", Role::Preparateur, "");
        fallback.viaFallback = true;
        sessions.signedIn(fallback); // another person: a's session is suspended
        clock.advanceSeconds(1);
        sessions.tick(); // not inactive yet: nothing
        sessions.signOut();

        const std::vector<Audit::Entry> e = all();
        QCOMPARE(e.size(), size_t(5));
        QCOMPARE(e[0].action, Audit::Action::Login);
        QCOMPARE(e[0].accountUuid, QStringLiteral("a"));
        QCOMPARE(e[0].detail, QStringLiteral("method=card"));
        QCOMPARE(e[1].action, Audit::Action::Lock);
        QCOMPARE(e[1].accountUuid, QStringLiteral("a")); // the owner, though no one acts any more
        QCOMPARE(e[1].detail, QStringLiteral("CardRemoved"));
        QCOMPARE(e[2].action, Audit::Action::Unlock);
        QCOMPARE(e[2].accountUuid, QStringLiteral("a"));
        QCOMPARE(e[3].action, Audit::Action::Login);
        QCOMPARE(e[3].accountUuid, QStringLiteral("b"));
        QCOMPARE(e[3].detail, QStringLiteral("method=password_totp"));
        QCOMPARE(e[4].action, Audit::Action::Logout);
        QCOMPARE(e[4].accountUuid, QStringLiteral("b"));
        for (const Audit::Entry& entry : e) {
            QCOMPARE(entry.targetType, QStringLiteral("session"));
            QCOMPARE(entry.outcome, Audit::Outcome::Success);
        }
    }

    void inactivityLocksAfterTheLimitAndActivityPostponesIt()
    {
        FakeClock clock;
        Commands::CommandExecutor executor(*m_store, clock);
        SessionManager sessions(executor, clock);
        QSignalSpy locked(&sessions, &SessionManager::locked);
        sessions.signedIn(sessionFor("a", Role::Pharmacien));
        QVERIFY(executor.allowed(Commands::Permission::PatientRead));
        QCOMPARE(sessions.inactivityLimit(), 300);
        clock.advanceSeconds(299);
        sessions.tick();
        QCOMPARE(sessions.state(), SessionManager::State::Active);
        sessions.activity();
        clock.advanceSeconds(299);
        sessions.tick();
        QCOMPARE(sessions.state(), SessionManager::State::Active);
        clock.advanceSeconds(1);
        sessions.tick();
        QCOMPARE(sessions.state(), SessionManager::State::Locked);
        QCOMPARE(locked.count(), 1);
        QCOMPARE(locked.first().at(0).value<SessionManager::LockReason>(),
                 SessionManager::LockReason::Inactivity);
        QVERIFY(!executor.actor()); // nothing can run while locked
        QVERIFY(!executor.allowed(Commands::Permission::PatientRead));
        sessions.setInactivityLimit(10);
        QCOMPARE(sessions.inactivityLimit(), SessionManager::minimumInactivitySeconds);
    }

    void removingTheCardLocksOnlyItsOwnSession()
    {
        FakeClock clock;
        Commands::CommandExecutor executor(*m_store, clock);
        SessionManager sessions(executor, clock);
        sessions.signedIn(sessionFor("a", Role::Preparateur, "Lecteur 1"));
        sessions.cardRemoved(QStringLiteral("Lecteur 2"));
        QCOMPARE(sessions.state(), SessionManager::State::Active);
        sessions.cardRemoved(QStringLiteral("Lecteur 1"));
        QCOMPARE(sessions.state(), SessionManager::State::Locked);

        auto fallback = sessionFor("b", Role::Preparateur, "");
        fallback.viaFallback = true;
        sessions.signedIn(fallback);
        sessions.cardRemoved(QString());
        QCOMPARE(sessions.state(), SessionManager::State::Active); // no card to pull
    }

    void sameCardResumesAnotherCardSwitchesAndKeepsTheFirstSuspended()
    {
        FakeClock clock;
        Commands::CommandExecutor executor(*m_store, clock);
        SessionManager sessions(executor, clock);
        QSignalSpy opened(&sessions, &SessionManager::sessionOpened);
        sessions.signedIn(sessionFor("alice", Role::Pharmacien));
        sessions.lock(SessionManager::LockReason::CardRemoved);
        sessions.signedIn(sessionFor("alice", Role::Pharmacien));
        QCOMPARE(opened.last().at(1).toBool(), true); // resumed
        QCOMPARE(opened.last().at(2).toString(), QString());
        // Resumed without the card: the new mode applies, so pulling no card locks nothing.
        sessions.lock(SessionManager::LockReason::CardRemoved);
        auto fallback = sessionFor("alice", Role::Pharmacien, "");
        fallback.viaFallback = true;
        sessions.signedIn(fallback);
        QVERIFY(sessions.current()->viaFallback);
        QCOMPARE(sessions.current()->reader, QString());
        sessions.cardRemoved(QStringLiteral("Lecteur 1"));
        QCOMPARE(sessions.state(), SessionManager::State::Active);

        sessions.lock(SessionManager::LockReason::CardRemoved);
        sessions.signedIn(sessionFor("bob", Role::Preparateur));
        QCOMPARE(opened.last().at(0).toString(), QStringLiteral("bob"));
        QCOMPARE(opened.last().at(1).toBool(), false);
        QCOMPARE(opened.last().at(2).toString(), QStringLiteral("alice"));
        QCOMPARE(sessions.suspendedAccounts(), QStringList {QStringLiteral("alice")});
        QCOMPARE(executor.actor()->accountId, QStringLiteral("bob"));
        QVERIFY(!executor.allowed(Commands::Permission::AuditRead)); // bob's rights, not alice's

        sessions.signedIn(sessionFor("alice", Role::Pharmacien));
        QCOMPARE(opened.last().at(1).toBool(), true);
        QCOMPARE(opened.last().at(2).toString(), QStringLiteral("bob"));
        QCOMPARE(sessions.suspendedAccounts(), QStringList {QStringLiteral("bob")});
        QVERIFY(executor.allowed(Commands::Permission::AuditRead));

        QSignalSpy ended(&sessions, &SessionManager::sessionEnded);
        sessions.signOut();
        QCOMPARE(ended.count(), 1);
        QCOMPARE(sessions.state(), SessionManager::State::NoSession);
        QVERIFY(!executor.actor());
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "test_session.moc"
