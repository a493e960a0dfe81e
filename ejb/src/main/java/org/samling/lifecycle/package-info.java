/** The life of the data: the audit log of every state change, read by chairs and admins through one policy. */
package org.samling.lifecycle;
