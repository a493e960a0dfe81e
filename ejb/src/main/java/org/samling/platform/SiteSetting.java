package org.samling.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One setting of the whole site that an admin changes in the application (not at start), by name. */
@Entity
@Table(name = "site_setting")
public class SiteSetting {

    @Id
    @Column(length = 100)
    private String name;

    @Column(name = "setting_value", nullable = false, length = 4000)
    private String value;

    protected SiteSetting() {
    }

    public SiteSetting(String name, String value) {
        this.name = name;
        this.value = value;
    }

    public String getValue() { return value; }

    public void setValue(String value) { this.value = value; }
}
