package org.samling.identity.service;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;

/** An e-mail and password together with the address they came from, for the throttle. */
public class ClientPasswordCredential extends UsernamePasswordCredential {

    private final String address;

    public ClientPasswordCredential(String email, String password, String address) {
        super(email == null ? "" : email, password == null ? "" : password);
        this.address = address;
    }

    public String getAddress() { return address; }
}
