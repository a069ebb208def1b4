#include "parallel.h"

#include "threadcleanup.h"

#include <QThread>
#include <QtConcurrent/QtConcurrentMap>
#include <algorithm>
#include <vector>

namespace Officine {

void parallelFor(std::size_t count, const std::function<void(std::size_t)>& work)
{
    if (count == 0) {
        return;
    }
    const std::size_t shares
        = std::min<std::size_t>(count, std::size_t(std::max(1, QThread::idealThreadCount())));
    std::vector<std::size_t> share(shares);
    for (std::size_t s = 0; s < shares; ++s) {
        share[s] = s;
    }
    QtConcurrent::blockingMap(share, [&](std::size_t s) {
        const ThreadCryptoScope cryptoState;
        for (std::size_t i = s * count / shares, end = (s + 1) * count / shares; i < end; ++i) {
            work(i);
        }
    });
}

} // namespace Officine
