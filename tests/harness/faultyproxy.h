#pragma once

// A TCP proxy in front of a server that cuts connections at random points: before the request
// reaches the server, after the request but before the answer, and in the middle of the
// answer. TLS passes through it untouched. Runs on the thread's event loop (the blocking
// clients of the tests spin one while they wait).

#include <QPointer>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>

namespace Officine::Test {

class FaultyProxy : public QObject
{
public:
    enum class Cut { BeforeRequest, AfterRequest, MidResponse };

    FaultyProxy(quint16 targetPort, quint32 seed)
        : m_target(targetPort)
        , m_rng(seed)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this]() { accept(); });
        m_server.listen(QHostAddress::LocalHost, 0);
    }
    quint16 port() const { return m_server.serverPort(); }
    /// The server new connections go to (a restarted server listens elsewhere).
    void setTarget(quint16 port) { m_target = port; }
    /// Probability that a connection is cut somewhere (0: a plain proxy).
    double faultRate = 0.0;
    int cuts[3] = {0, 0, 0};

private:
    void accept()
    {
        // Each piece of traffic may be the one cut: with keep-alive, one connection carries
        // many requests.
        while (QTcpSocket* client = m_server.nextPendingConnection()) {
            auto* upstream = new QTcpSocket(client);
            upstream->connectToHost(QHostAddress::LocalHost, m_target);
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
                if (m_rng.generateDouble() < faultRate / 3) {
                    ++cuts[int(Cut::BeforeRequest)];
                    c->abort();
                    return;
                }
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
                if (draw < faultRate / 3) {
                    // The server has the request and answers; the client never hears it.
                    ++cuts[int(Cut::AfterRequest)];
                    c->abort();
                    return;
                }
                if (draw < 2 * faultRate / 3) {
                    ++cuts[int(Cut::MidResponse)];
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

    QTcpServer m_server;
    quint16 m_target;
    QRandomGenerator m_rng;
};

} // namespace Officine::Test
