#pragma once

// A TCP proxy in front of a server that cuts connections at random points: before the request
// reaches the server, after the request but before the answer, and in the middle of the
// answer. TLS passes through it untouched. Runs on a thread of its own: the sync client blocks
// in libcurl while it waits, without spinning the test's event loop.

#include <QPointer>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <atomic>
#include <functional>
#include <mutex>

namespace Officine::Test {

class FaultyProxy
{
public:
    enum class Cut { BeforeRequest, AfterRequest, MidResponse };

    FaultyProxy(quint16 targetPort, quint32 seed);
    ~FaultyProxy();
    quint16 port() const { return m_port; }
    /// The server new connections go to (a restarted server listens elsewhere).
    void setTarget(quint16 port) { m_target = port; }
    /// Probability that a connection is cut somewhere (0: a plain proxy).
    std::atomic<double> faultRate {0.0};
    std::atomic<int> cuts[3] = {0, 0, 0};
    /// Called on the proxy's thread with the bytes clients sent since it was set (a test kills
    /// the server once a push is under way).
    void onForward(std::function<void(qint64 total)> hook)
    {
        const std::lock_guard lock(m_hookMutex);
        m_hook = std::move(hook);
        m_forwarded = 0;
    }

private:
    void forwarded(qint64 bytes)
    {
        const std::lock_guard lock(m_hookMutex);
        m_forwarded += bytes;
        if (m_hook) {
            m_hook(m_forwarded);
        }
    }
    std::mutex m_hookMutex;
    std::function<void(qint64)> m_hook;
    qint64 m_forwarded = 0;
    class Core;
    std::atomic<quint16> m_target;
    quint16 m_port = 0;
    QThread m_thread;
    QObject m_anchor;
    Core* m_core = nullptr;
};

class FaultyProxy::Core : public QObject
{
public:
    Core(FaultyProxy& owner, quint32 seed)
        : m_owner(owner)
        , m_rng(seed)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this]() { accept(); });
        m_server.listen(QHostAddress::LocalHost, 0);
        m_owner.m_port = m_server.serverPort();
    }

private:
    void accept()
    {
        // Each piece of traffic may be the one cut: with keep-alive, one connection carries
        // many requests.
        while (QTcpSocket* client = m_server.nextPendingConnection()) {
            auto* upstream = new QTcpSocket(client);
            upstream->connectToHost(QHostAddress::LocalHost, m_owner.m_target.load());
            QPointer<QTcpSocket> c(client), u(upstream);
            auto pending = std::make_shared<QByteArray>();
            QObject::connect(upstream, &QTcpSocket::connected, client, [u, pending]() {
                if (u && !pending->isEmpty()) {
                    u->write(*pending);
                    pending->clear();
                }
            });
            QObject::connect(client, &QTcpSocket::readyRead, client, [this, c, u, pending]() {
                if (!c || !u) {
                    return;
                }
                const QByteArray data = c->readAll();
                if (m_rng.generateDouble() < m_owner.faultRate / 3) {
                    ++m_owner.cuts[int(Cut::BeforeRequest)];
                    c->abort();
                    return;
                }
                m_owner.forwarded(data.size());
                if (u->state() == QAbstractSocket::ConnectedState) {
                    u->write(data);
                } else {
                    *pending += data;
                }
            });
            QObject::connect(upstream, &QTcpSocket::readyRead, client, [this, c, u]() {
                if (!c || !u) {
                    return;
                }
                const QByteArray data = u->readAll();
                const double draw = m_rng.generateDouble();
                if (draw < m_owner.faultRate / 3) {
                    // The server has the request and answers; the client never hears it.
                    ++m_owner.cuts[int(Cut::AfterRequest)];
                    c->abort();
                    return;
                }
                if (draw < 2 * m_owner.faultRate / 3) {
                    ++m_owner.cuts[int(Cut::MidResponse)];
                    c->write(data.left(data.size() / 2));
                    c->flush();
                    c->abort();
                    return;
                }
                c->write(data);
            });
            QObject::connect(client, &QTcpSocket::disconnected, client, [c]() {
                if (c) {
                    c->deleteLater();
                }
            });
            QObject::connect(upstream, &QTcpSocket::disconnected, client, [c]() {
                if (c) {
                    c->disconnectFromHost();
                }
            });
        }
    }

    FaultyProxy& m_owner;
    QTcpServer m_server;
    QRandomGenerator m_rng;
};

inline FaultyProxy::FaultyProxy(quint16 targetPort, quint32 seed)
    : m_target(targetPort)
{
    m_thread.start();
    m_anchor.moveToThread(&m_thread);
    QMetaObject::invokeMethod(
        &m_anchor, [this, seed]() { m_core = new Core(*this, seed); }, Qt::BlockingQueuedConnection);
}

inline FaultyProxy::~FaultyProxy()
{
    QMetaObject::invokeMethod(
        &m_anchor, [this]() { delete m_core; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

} // namespace Officine::Test
