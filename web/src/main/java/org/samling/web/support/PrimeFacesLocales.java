package org.samling.web.support;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;

/**
 * PrimeFaces ships its Norwegian texts (calendar, paging) as "no", Samling speaks "nb": a page in
 * Norwegian bokmål asks for locales/locale-nb.js, which does not exist (the browser was given a
 * script "RES_NOT_FOUND"). It gets PrimeFaces' "no" file; samling.js makes "nb" use it.
 */
public class PrimeFacesLocales extends ResourceHandlerWrapper {

    public PrimeFacesLocales(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Resource createResource(String resourceName, String libraryName) {
        if ("primefaces".equals(libraryName) && "locales/locale-nb.js".equals(resourceName)) {
            return super.createResource("locales/locale-no.js", libraryName);
        }
        return super.createResource(resourceName, libraryName);
    }
}
