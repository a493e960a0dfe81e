/** Reading and setting up conferences and calls. */
package org.samling.conference.service;
