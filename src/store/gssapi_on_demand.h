// libpq's GSSAPI calls reach the system's Kerberos library only when a connection uses them
// (gssapi_on_demand.cpp says why).
#pragma once

namespace onrecord {

// The library opened on first use; ONRECORD_GSSAPI_LIBRARY names another (a path or a soname,
// such as Heimdal's libgssapi.so.3), read once, at that first use.
inline constexpr const char* default_gssapi_library = "libgssapi_krb5.so.2";

// Opens the library if no call has yet; false when it cannot be opened.
bool gssapi_available();

}  // namespace onrecord
