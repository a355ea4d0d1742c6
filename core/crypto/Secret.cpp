// SPDX-License-Identifier: GPL-3.0-or-later
#include "Secret.h"

#include <sodium.h>

#include <cstdlib>
#include <cstring>
#include <mutex>
#include <new>
#include <utility>

namespace traject::crypto {

void initialiseSodium()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // sodium_init() fails only when the system has no random source at all: then nothing
        // can be encrypted safely, and going on would make weak keys.
        if (sodium_init() < 0)
            std::abort();
    });
}

Secret::Secret(std::size_t size)
{
    initialiseSodium();
    if (size == 0)
        return;
    m_data = static_cast<unsigned char *>(sodium_malloc(size));
    if (!m_data)
        throw std::bad_alloc();
    m_size = size;
}

Secret::~Secret()
{
    sodium_free(m_data); // wipes the bytes first; accepts null
}

Secret::Secret(Secret &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{ }

Secret &Secret::operator=(Secret &&other) noexcept
{
    if (this != &other) {
        sodium_free(m_data);
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

Secret Secret::random(std::size_t size)
{
    Secret secret(size);
    if (size)
        randombytes_buf(secret.m_data, size);
    return secret;
}

Secret Secret::copyOf(const void *data, std::size_t size)
{
    Secret secret(size);
    if (size)
        std::memcpy(secret.m_data, data, size);
    return secret;
}

Secret Secret::fromText(const QString &text)
{
    QByteArray utf8 = text.normalized(QString::NormalizationForm_C).toUtf8();
    Secret secret = copyOf(utf8.constData(), std::size_t(utf8.size()));
    sodium_memzero(utf8.data(), std::size_t(utf8.size()));
    return secret;
}

Secret Secret::toHex() const
{
    Secret hex(m_size * 2 + 1);
    if (m_size)
        sodium_bin2hex(reinterpret_cast<char *>(hex.m_data), hex.m_size, m_data, m_size);
    // Without the terminating zero that sodium_bin2hex writes.
    Secret digits = copyOf(hex.m_data, m_size * 2);
    return digits;
}

bool Secret::operator==(const Secret &other) const
{
    return m_size == other.m_size
        && (m_size == 0 || sodium_memcmp(m_data, other.m_data, m_size) == 0);
}

} // namespace traject::crypto
