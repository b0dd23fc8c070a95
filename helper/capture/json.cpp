// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/json.h"

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace byway::capture::json {

namespace {

const Value kNull;
const Array kNoArray;
const Object kNoObject;

void quote(std::string &out, std::string_view s)
{
    out += '"';
    for (const char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
            if (c < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else {
                out += ch; // UTF-8 passes as is
            }
        }
    }
    out += '"';
}

class Parser {
public:
    explicit Parser(std::string_view text) : m_text(text) {}

    std::expected<Value, std::string> document()
    {
        Value v;
        if (!value(v, 0))
            return std::unexpected(m_error);
        skipSpace();
        if (m_pos != m_text.size()) {
            error("unexpected text after the value");
            return std::unexpected(m_error);
        }
        return v;
    }

private:
    static constexpr int kMaxDepth = 64;

    bool error(const char *what)
    {
        if (m_error.empty()) {
            size_t line = 1, column = 1;
            for (size_t i = 0; i < m_pos && i < m_text.size(); ++i) {
                if (m_text[i] == '\n') {
                    ++line;
                    column = 1;
                } else {
                    ++column;
                }
            }
            m_error = "line " + std::to_string(line) + " column " + std::to_string(column) + ": " + what;
        }
        return false;
    }

    void skipSpace()
    {
        while (m_pos < m_text.size()
               && (m_text[m_pos] == ' ' || m_text[m_pos] == '\t' || m_text[m_pos] == '\n' || m_text[m_pos] == '\r'))
            ++m_pos;
    }

    bool literal(std::string_view word)
    {
        if (m_text.substr(m_pos, word.size()) != word)
            return error("unknown literal");
        m_pos += word.size();
        return true;
    }

    bool value(Value &out, int depth)
    {
        if (depth > kMaxDepth)
            return error("nested too deeply");
        skipSpace();
        if (m_pos >= m_text.size())
            return error("expected a value");
        switch (m_text[m_pos]) {
        case '{': return object(out, depth);
        case '[': return array(out, depth);
        case '"': {
            std::string s;
            if (!string(s))
                return false;
            out = Value(std::move(s));
            return true;
        }
        case 't': out = Value(true); return literal("true");
        case 'f': out = Value(false); return literal("false");
        case 'n': out = Value(); return literal("null");
        default: return number(out);
        }
    }

    bool object(Value &out, int depth)
    {
        ++m_pos; // '{'
        Object o;
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == '}') {
            ++m_pos;
            out = Value(std::move(o));
            return true;
        }
        for (;;) {
            skipSpace();
            if (m_pos >= m_text.size() || m_text[m_pos] != '"')
                return error("expected a member name");
            std::string key;
            if (!string(key))
                return false;
            skipSpace();
            if (m_pos >= m_text.size() || m_text[m_pos] != ':')
                return error("expected ':'");
            ++m_pos;
            Value v;
            if (!value(v, depth + 1))
                return false;
            o.insert(key, std::move(v));
            skipSpace();
            if (m_pos < m_text.size() && m_text[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            if (m_pos < m_text.size() && m_text[m_pos] == '}') {
                ++m_pos;
                out = Value(std::move(o));
                return true;
            }
            return error("expected ',' or '}'");
        }
    }

    bool array(Value &out, int depth)
    {
        ++m_pos; // '['
        Array a;
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == ']') {
            ++m_pos;
            out = Value(std::move(a));
            return true;
        }
        for (;;) {
            Value v;
            if (!value(v, depth + 1))
                return false;
            a.push_back(std::move(v));
            skipSpace();
            if (m_pos < m_text.size() && m_text[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            if (m_pos < m_text.size() && m_text[m_pos] == ']') {
                ++m_pos;
                out = Value(std::move(a));
                return true;
            }
            return error("expected ',' or ']'");
        }
    }

    bool hex4(uint32_t &v)
    {
        if (m_pos + 4 > m_text.size())
            return error("short \\u escape");
        v = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = m_text[m_pos++];
            v <<= 4;
            if (c >= '0' && c <= '9')
                v |= uint32_t(c - '0');
            else if (c >= 'a' && c <= 'f')
                v |= uint32_t(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                v |= uint32_t(c - 'A' + 10);
            else
                return error("bad \\u escape");
        }
        return true;
    }

    static void utf8(std::string &out, uint32_t cp)
    {
        if (cp < 0x80) {
            out += char(cp);
        } else if (cp < 0x800) {
            out += char(0xc0 | cp >> 6);
            out += char(0x80 | (cp & 0x3f));
        } else if (cp < 0x10000) {
            out += char(0xe0 | cp >> 12);
            out += char(0x80 | (cp >> 6 & 0x3f));
            out += char(0x80 | (cp & 0x3f));
        } else {
            out += char(0xf0 | cp >> 18);
            out += char(0x80 | (cp >> 12 & 0x3f));
            out += char(0x80 | (cp >> 6 & 0x3f));
            out += char(0x80 | (cp & 0x3f));
        }
    }

    bool string(std::string &out)
    {
        ++m_pos; // '"'
        for (;;) {
            if (m_pos >= m_text.size())
                return error("unterminated string");
            const char c = m_text[m_pos++];
            if (c == '"')
                return true;
            if (static_cast<unsigned char>(c) < 0x20) {
                --m_pos; // the error points at it
                return error("control character in a string");
            }
            if (c != '\\') {
                out += c;
                continue;
            }
            if (m_pos >= m_text.size())
                return error("unterminated string");
            switch (m_text[m_pos++]) {
            case '"': out += '"'; break;
            case '\\': out += '\\'; break;
            case '/': out += '/'; break;
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'n': out += '\n'; break;
            case 'r': out += '\r'; break;
            case 't': out += '\t'; break;
            case 'u': {
                uint32_t cp = 0;
                if (!hex4(cp))
                    return false;
                if (cp >= 0xd800 && cp < 0xdc00) {
                    uint32_t low = 0;
                    if (m_text.substr(m_pos, 2) != "\\u")
                        return error("lone surrogate in \\u escape");
                    m_pos += 2;
                    if (!hex4(low))
                        return false;
                    if (low < 0xdc00 || low >= 0xe000)
                        return error("lone surrogate in \\u escape");
                    cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
                } else if (cp >= 0xdc00 && cp < 0xe000) {
                    return error("lone surrogate in \\u escape");
                }
                utf8(out, cp);
                break;
            }
            default: return error("bad escape");
            }
        }
    }

    bool number(Value &out)
    {
        const size_t start = m_pos;
        bool integral = true;
        if (m_pos < m_text.size() && m_text[m_pos] == '-')
            ++m_pos;
        auto digits = [&] {
            const size_t from = m_pos;
            while (m_pos < m_text.size() && m_text[m_pos] >= '0' && m_text[m_pos] <= '9')
                ++m_pos;
            return m_pos > from;
        };
        if (m_pos < m_text.size() && m_text[m_pos] == '0')
            ++m_pos;
        else if (!digits())
            return error("expected a value");
        if (m_pos < m_text.size() && m_text[m_pos] == '.') {
            ++m_pos;
            integral = false;
            if (!digits())
                return error("expected digits after '.'");
        }
        if (m_pos < m_text.size() && (m_text[m_pos] == 'e' || m_text[m_pos] == 'E')) {
            ++m_pos;
            integral = false;
            if (m_pos < m_text.size() && (m_text[m_pos] == '+' || m_text[m_pos] == '-'))
                ++m_pos;
            if (!digits())
                return error("expected digits in the exponent");
        }
        const std::string text(m_text.substr(start, m_pos - start));
        if (integral) {
            errno = 0;
            char *end = nullptr;
            const long long v = std::strtoll(text.c_str(), &end, 10);
            if (errno == 0) {
                out = Value(int64_t(v));
                return true;
            }
        }
        out = Value(std::strtod(text.c_str(), nullptr));
        return true;
    }

    std::string_view m_text;
    size_t m_pos = 0;
    std::string m_error;
};

} // namespace

Value::Value(Array a) : m_v(std::make_shared<const Array>(std::move(a))) {}

Value::Value(Object o) : m_v(std::make_shared<const Object>(std::move(o))) {}

void Object::insert(std::string_view key, Value value)
{
    for (auto &[k, v] : m_members) {
        if (k == key) {
            v = std::move(value);
            return;
        }
    }
    m_members.emplace_back(std::string(key), std::move(value));
}

const Value *Object::find(std::string_view key) const
{
    for (const auto &[k, v] : m_members) {
        if (k == key)
            return &v;
    }
    return nullptr;
}

const Value &Object::value(std::string_view key) const
{
    const Value *v = find(key);
    return v ? *v : kNull;
}

bool Value::toBool(bool fallback) const
{
    return isBool() ? std::get<bool>(m_v) : fallback;
}

int64_t Value::toInteger(int64_t fallback) const
{
    if (isInteger())
        return std::get<int64_t>(m_v);
    if (m_v.index() == 3) {
        const double d = std::get<double>(m_v);
        if (std::isfinite(d) && d == std::trunc(d) && std::fabs(d) < 9.2e18)
            return int64_t(d);
    }
    return fallback;
}

double Value::toDouble(double fallback) const
{
    if (isInteger())
        return double(std::get<int64_t>(m_v));
    return m_v.index() == 3 ? std::get<double>(m_v) : fallback;
}

std::string Value::toString(std::string fallback) const
{
    return isString() ? std::get<std::string>(m_v) : std::move(fallback);
}

const Array &Value::toArray() const
{
    return isArray() ? *std::get<5>(m_v) : kNoArray;
}

const Object &Value::toObject() const
{
    return isObject() ? *std::get<6>(m_v) : kNoObject;
}

std::string Value::serialize() const
{
    std::string out;
    serializeTo(out);
    return out;
}

void Value::serializeTo(std::string &out) const
{
    switch (m_v.index()) {
    case 0: out += "null"; break;
    case 1: out += std::get<bool>(m_v) ? "true" : "false"; break;
    case 2: out += std::to_string(std::get<int64_t>(m_v)); break;
    case 3: {
        const double d = std::get<double>(m_v);
        if (!std::isfinite(d)) {
            out += "null"; // JSON has no NaN or infinity
            break;
        }
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.17g", d);
        out += buf;
        break;
    }
    case 4: quote(out, std::get<std::string>(m_v)); break;
    case 5: {
        out += '[';
        bool first = true;
        for (const Value &v : *std::get<5>(m_v)) {
            if (!first)
                out += ',';
            first = false;
            v.serializeTo(out);
        }
        out += ']';
        break;
    }
    case 6: {
        out += '{';
        bool first = true;
        for (const auto &[k, v] : *std::get<6>(m_v)) {
            if (!first)
                out += ',';
            first = false;
            quote(out, k);
            out += ':';
            v.serializeTo(out);
        }
        out += '}';
        break;
    }
    }
}

std::expected<Value, std::string> parse(std::string_view text)
{
    return Parser(text).document();
}

} // namespace byway::capture::json
