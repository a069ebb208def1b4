#include "securebuffer.h"

#include "util/random.h"

#include <cstring>
#include <new>
#include <openssl/crypto.h>
#include <openssl/rand.h>
#include <sys/mman.h>
#include <unistd.h>
#include <utility>

namespace Officine {

namespace {
std::size_t pageRoundUp(std::size_t n)
{
    const auto page = static_cast<std::size_t>(sysconf(_SC_PAGESIZE));
    return ((n + page - 1) / page) * page;
}
} // namespace

SecureBuffer::SecureBuffer(std::size_t size)
{
    if (size == 0) {
        return;
    }
    // A private anonymous mapping of whole pages, so that locking and dump exclusion cover
    // exactly this buffer and nothing else shares its pages.
    m_mapped = pageRoundUp(size);
    void* p = mmap(nullptr, m_mapped, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) {
        throw std::bad_alloc();
    }
    m_data = static_cast<std::uint8_t*>(p);
    m_size = size;
    m_locked = mlock(p, m_mapped) == 0;
    madvise(p, m_mapped, MADV_DONTDUMP);
    std::memset(m_data, 0, m_size);
}

SecureBuffer::~SecureBuffer()
{
    release();
}

SecureBuffer::SecureBuffer(SecureBuffer&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
    , m_mapped(std::exchange(other.m_mapped, 0))
    , m_locked(std::exchange(other.m_locked, false))
{
}

SecureBuffer& SecureBuffer::operator=(SecureBuffer&& other) noexcept
{
    if (this != &other) {
        release();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
        m_mapped = std::exchange(other.m_mapped, 0);
        m_locked = std::exchange(other.m_locked, false);
    }
    return *this;
}

void SecureBuffer::release()
{
    if (!m_data) {
        return;
    }
    OPENSSL_cleanse(m_data, m_mapped);
    if (m_locked) {
        munlock(m_data, m_mapped);
    }
    munmap(m_data, m_mapped);
    m_data = nullptr;
    m_size = 0;
    m_mapped = 0;
    m_locked = false;
}

void SecureBuffer::wipe()
{
    if (m_data) {
        OPENSSL_cleanse(m_data, m_size);
    }
}

SecureBuffer SecureBuffer::fromAndWipe(QByteArray& source)
{
    SecureBuffer b(static_cast<std::size_t>(source.size()));
    if (!source.isEmpty()) {
        std::memcpy(b.data(), source.constData(), b.size());
    }
    Officine::wipe(source);
    return b;
}

SecureBuffer SecureBuffer::copyOf(std::span<const std::uint8_t> bytes)
{
    SecureBuffer b(bytes.size());
    if (!bytes.empty()) {
        std::memcpy(b.data(), bytes.data(), bytes.size());
    }
    return b;
}

Result<SecureBuffer> SecureBuffer::random(std::size_t size)
{
    SecureBuffer b(size);
    if (auto r = Random::fill(b.data(), size); !r) {
        return fail(r.error());
    }
    return b;
}

SecureBuffer SecureBuffer::toHex() const
{
    static constexpr char digits[] = "0123456789abcdef";
    SecureBuffer hex(m_size * 2);
    for (std::size_t i = 0; i < m_size; ++i) {
        hex.data()[2 * i] = static_cast<std::uint8_t>(digits[m_data[i] >> 4]);
        hex.data()[2 * i + 1] = static_cast<std::uint8_t>(digits[m_data[i] & 0x0f]);
    }
    return hex;
}

bool SecureBuffer::equals(const SecureBuffer& other) const
{
    return m_size == other.m_size && (m_size == 0 || CRYPTO_memcmp(m_data, other.m_data, m_size) == 0);
}

void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty() && !bytes.isDetached()) {
        // Another QByteArray shares this buffer: wiping through data() would detach and wipe a
        // copy. Callers must hold the only reference; clear ours at least.
        bytes.clear();
        return;
    }
    if (!bytes.isEmpty()) {
        OPENSSL_cleanse(bytes.data(), static_cast<std::size_t>(bytes.size()));
    }
    // resize(0) keeps the (now zeroed) block until the array dies: nothing of the secret goes
    // back to the allocator, and a test can check the very bytes that held it.
    bytes.resize(0);
}

void wipe(QString& text)
{
    if (!text.isEmpty() && !text.isDetached()) {
        text.clear();
        return;
    }
    if (!text.isEmpty()) {
        OPENSSL_cleanse(text.data(), static_cast<std::size_t>(text.size()) * sizeof(QChar));
    }
    text.resize(0);
}

} // namespace Officine
