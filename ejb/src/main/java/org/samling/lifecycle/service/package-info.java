/** Writing the audit log in the changing transaction, and reading it as the audit policy allows. */
package org.samling.lifecycle.service;
